import type { Db } from "../db/create-db.ts";
import { Prisma } from "../db/generated/sqlite/client.ts";
import { jsonColumn, readRows } from "../db/read-rows.ts";
import type { AlignedPair } from "../text/align-sentences.ts";
import { ALIGNMENT_VERSION, alignAbstracts, sentenceTexts, type SentenceAlignment, type SentenceSpan } from "../text/sentence-alignment.ts";
import type { StrongFeature } from "../concepts/learned/score-about.ts";
import type { PaperConceptView, PaperMentionView, PaperView } from "./paper-view.ts";
import { readPaperViews } from "./paper-views.ts";
import type { PaperKey } from "./paper-key.ts";

type Described = { descriptionEn: string; descriptionKo: string };

export interface PaperPageView extends PaperView {
  /** Each with what decided it: for a learned decision, the features that weighed most. */
  concepts: (PaperConceptView & Described & { features: StrongFeature[] })[];
  mentions: (PaperMentionView & Described)[];
  /** Dates of the digests the paper appeared in, newest first. */
  digests: string[];
  sentencesEn: string[];
  sentencesKo: string[];
  /** English-Korean sentence pairs in reading order, by index into sentencesEn and sentencesKo. */
  alignment: AlignedPair[];
  /** Where each sentence is in its abstract: [start, end) offsets. */
  sentenceSpans: { en: SentenceSpan[]; ko: SentenceSpan[] };
}

export async function getPaper(db: Db, key: PaperKey): Promise<PaperPageView | null> {
  const where = "id" in key ? Prisma.sql`"id" = ${key.id}` : Prisma.sql`"arxivId" = ${key.arxivId}`;
  const [row] = await readRows<{ id: number | bigint; sentenceAlignment: unknown; alignmentVersion: number | bigint | null }>(
    db,
    Prisma.sql`SELECT "id" AS "id", "sentenceAlignment" AS "sentenceAlignment", "alignmentVersion" AS "alignmentVersion" FROM "Paper" WHERE ${where}`,
  );
  if (!row) return null;
  const id = Number(row.id);
  const [{ views, described }, digests] = await Promise.all([
    readPaperViews(db, [id], { described: true }),
    readRows<{ date: string }>(db, Prisma.sql`
      SELECT d."date" AS "date" FROM "DigestEntry" e JOIN "Digest" d ON d."id" = e."digestId"
      WHERE e."paperId" = ${id} ORDER BY d."date" DESC`),
  ]);
  const view = views.get(id);
  if (!view) return null;
  const { listedOn: _, ...paper } = view;
  // Papers not yet realigned by the current aligner (until the next migrate) are aligned here.
  const stored = jsonColumn<SentenceAlignment | null>(row.sentenceAlignment);
  const current = stored && (Number(row.alignmentVersion) === ALIGNMENT_VERSION || stored.keyed);
  const reading = current ? stored : alignAbstracts(paper.abstractEn, paper.abstractKo);
  const tags = new Map((described.get(id) ?? []).map((c) => [c.slug, c]));
  const descriptions = (slug: string) => {
    const { descriptionEn, descriptionKo } = tags.get(slug)!;
    return { descriptionEn, descriptionKo };
  };
  return {
    ...paper,
    concepts: paper.concepts.map((c) => ({ ...c, ...descriptions(c.slug), features: tags.get(c.slug)!.features })),
    mentions: paper.mentions.map((m) => ({ ...m, ...descriptions(m.slug) })),
    digests: digests.map((d) => d.date),
    sentencesEn: sentenceTexts(paper.abstractEn, reading.en),
    sentencesKo: paper.abstractKo ? sentenceTexts(paper.abstractKo, reading.ko) : [],
    alignment: reading.pairs,
    sentenceSpans: { en: reading.en, ko: reading.ko },
  };
}
