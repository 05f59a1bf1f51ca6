// Stores a machine translation in one transaction: the Korean, its exact alignment, provenance,
// quality findings and TL;DR, the paper's concept tags and search index brought up to date. A
// human or reviewed translation is never overwritten, nor a paper whose English changed while
// it was being translated.
import type { StoredTagger } from "../concepts/load-tagger.ts";
import { tagStoredPapers } from "../concepts/store-paper-concepts.ts";
import type { Db, Prisma } from "../db/create-db.ts";
import { indexPapers } from "../search/search-index.ts";
import { ALIGNMENT_VERSION } from "../text/sentence-alignment.ts";
import { checkedHash, checkTranslation } from "./checks/check-translation.ts";
import { checkTldr } from "./checks/check-tldr.ts";
import type { TranslationEngine } from "./engine.ts";
import type { Glossary } from "./glossary.ts";
import type { KeyedTranslation } from "./translate-paper.ts";

export type StoreOutcome = "stored" | "human" | "changed";

export interface MachineTranslation {
  paperId: number;
  /** The englishHash the translation was made from. */
  englishHash: string;
  translation: KeyedTranslation;
}

/** "machine" is the only method a machine may replace. */
export function isHumanTranslation(paper: {
  translationMethod: string | null;
  titleKo: string | null;
  abstractKo: string | null;
}): boolean {
  return (
    (paper.titleKo !== null || paper.abstractKo !== null) && paper.translationMethod !== "machine"
  );
}

export async function storeMachineTranslation(
  db: Db,
  input: MachineTranslation,
  context: {
    engine: TranslationEngine;
    glossary: Glossary;
    tagging: StoredTagger | null;
    now?: Date;
  },
): Promise<{ outcome: StoreOutcome; tldr: boolean; findings: number }> {
  const { engine, glossary } = context;
  const { translation: t } = input;
  return db.$transaction(async (tx) => {
    const paper = await tx.paper.findUnique({
      where: { id: input.paperId },
      select: {
        title: true,
        abstractEn: true,
        englishHash: true,
        translationMethod: true,
        titleKo: true,
        abstractKo: true,
      },
    });
    if (!paper || isHumanTranslation(paper))
      return { outcome: "human" as const, tldr: false, findings: 0 };
    if (paper.englishHash !== input.englishHash)
      return { outcome: "changed" as const, tldr: false, findings: 0 };
    const texts = {
      title: paper.title,
      abstractEn: paper.abstractEn,
      titleKo: t.titleKo,
      abstractKo: t.abstractKo,
    };
    const checks = checkTranslation({ ...texts, alignment: t.alignment }, glossary);
    const tldr = t.tldrKo && checkTldr(t.tldrKo, paper, glossary).length === 0 ? t.tldrKo : null;
    await tx.paper.update({
      where: { id: input.paperId },
      data: {
        titleKo: t.titleKo,
        abstractKo: t.abstractKo,
        translationMethod: "machine",
        translationBy: `${engine.name} ${engine.model}`,
        translationSourceHash: input.englishHash,
        sentenceAlignment: t.alignment as unknown as Prisma.InputJsonObject,
        alignmentVersion: ALIGNMENT_VERSION,
      },
    });
    const record = {
      engine: engine.name,
      model: engine.model,
      glossaryVersion: glossary.version,
      promptVersion: engine.promptVersion,
      translatedAt: context.now ?? new Date(),
      inputTokens: t.usage.inputTokens,
      outputTokens: t.usage.outputTokens,
      characters: t.usage.characters,
      cost: engine.cost(t.usage) ?? 0,
      checks: checks as unknown as Prisma.InputJsonArray,
      checkedHash: checkedHash(texts, glossary),
      tldrKo: tldr,
      lastError: null,
      failures: 0,
    };
    await tx.paperTranslation.upsert({
      where: { paperId: input.paperId },
      create: { paperId: input.paperId, ...record },
      update: record,
    });
    // The Korean is searchable and tagged like imported Korean.
    if (context.tagging) await tagStoredPapers(tx, context.tagging, [input.paperId]);
    await indexPapers(tx, [input.paperId]);
    return { outcome: "stored" as const, tldr: tldr !== null, findings: checks.length };
  });
}

/** Remembers why a paper's translation failed; its text stays as it was. */
export async function recordTranslationFailure(
  db: Db,
  paperId: number,
  message: string,
): Promise<void> {
  await db.paperTranslation.upsert({
    where: { paperId },
    create: {
      paperId,
      checks: [],
      checkedHash: "",
      lastError: message.slice(0, 2000),
      failures: 1,
    },
    update: { lastError: message.slice(0, 2000), failures: { increment: 1 } },
  });
}
