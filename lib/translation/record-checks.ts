// Keeps the quality findings of stored translations current: after an ingest stores Korean
// (imported translations are checked like machine ones), and over the whole store
// (npm run translations:check) when the checks, the glossary or a text changed.
import type { Db, Prisma } from "../db/create-db.ts";
import { insertRows } from "../ingest/bulk-insert.ts";
import {
  ALIGNMENT_VERSION,
  alignAbstracts,
  type SentenceAlignment,
} from "../text/sentence-alignment.ts";
import { checkedHash, checkTranslation, type CheckFinding } from "./checks/check-translation.ts";
import type { Glossary } from "./glossary.ts";

type Tx = Prisma.TransactionClient;

const TRANSLATED = {
  OR: [{ abstractKo: { not: null } }, { titleKo: { not: null } }],
} satisfies Prisma.PaperWhereInput;

const SELECT = {
  id: true,
  title: true,
  abstractEn: true,
  titleKo: true,
  abstractKo: true,
  sentenceAlignment: true,
  alignmentVersion: true,
  translationRecord: { select: { checkedHash: true } },
} satisfies Prisma.PaperSelect;

type Row = Prisma.PaperGetPayload<{ select: typeof SELECT }>;

/** Provenance of a translation made here, cleared when imported Korean replaces it. */
const NOT_MADE_HERE = {
  engine: null,
  model: null,
  glossaryVersion: null,
  promptVersion: null,
  translatedAt: null,
  inputTokens: 0,
  outputTokens: 0,
  characters: 0,
  cost: 0,
  tldrKo: null,
};

function findings(row: Row, glossary: Glossary): { checks: CheckFinding[]; hash: string } {
  const stored = row.sentenceAlignment as SentenceAlignment | null;
  const alignment =
    stored && (row.alignmentVersion === ALIGNMENT_VERSION || stored.keyed)
      ? stored
      : alignAbstracts(row.abstractEn, row.abstractKo);
  return {
    checks: checkTranslation({ ...row, alignment }, glossary),
    hash: checkedHash(row, glossary),
  };
}

async function save(
  tx: Tx,
  row: Row,
  result: { checks: CheckFinding[]; hash: string },
  imported: boolean,
): Promise<void> {
  const { checks, hash } = result;
  const data = {
    checks: checks as unknown as Prisma.InputJsonArray,
    checkedHash: hash,
    ...(imported ? { ...NOT_MADE_HERE, lastError: null } : {}),
  };
  await tx.paperTranslation.upsert({
    where: { paperId: row.id },
    create: { paperId: row.id, ...data },
    update: data,
  });
}

/**
 * Checks the Korean of these papers inside the caller's transaction. `imported` names the
 * papers whose Korean came with the input: a translation made here no longer describes them.
 * Papers checked for the first time (a bulk import's) are written in bulk.
 */
export async function recordChecks(
  tx: Tx,
  paperIds: number[],
  glossary: Glossary,
  imported: Set<number>,
): Promise<void> {
  if (paperIds.length === 0) return;
  const rows = await tx.paper.findMany({
    where: { id: { in: paperIds }, ...TRANSLATED },
    select: SELECT,
  });
  const fresh: unknown[][] = [];
  const now = new Date();
  for (const row of rows) {
    const result = findings(row, glossary);
    if (row.translationRecord) await save(tx, row, result, imported.has(row.id));
    else fresh.push([row.id, JSON.stringify(result.checks), result.hash, now]);
  }
  await insertRows(
    tx,
    "PaperTranslation",
    ["paperId", "checks", "checkedHash", "updatedAt"],
    fresh,
  );
}

export interface StoreCheckReport {
  translations: number;
  /** Translations checked now: new, or changed since their last check. */
  rechecked: number;
  withFindings: number;
  byKind: Record<string, number>;
  /** Papers with findings, most findings first (at most 50). */
  flagged: { paperId: number; arxivId: string | null; findings: CheckFinding[] }[];
}

const PAGE = 500;

/**
 * Checks every stored translation whose findings are missing or out of date (all with `all`;
 * only those never checked with `unchecked`, which `npm start` does for a database stored
 * before the checks existed).
 */
export async function checkStoredTranslations(
  db: Db,
  glossary: Glossary,
  options: {
    all?: boolean;
    unchecked?: boolean;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<StoreCheckReport> {
  const scope: Prisma.PaperWhereInput = options.unchecked
    ? { ...TRANSLATED, translationRecord: { is: null } }
    : TRANSLATED;
  const total = await db.paper.count({ where: scope });
  const report: StoreCheckReport = {
    translations: total,
    rechecked: 0,
    withFindings: 0,
    byKind: {},
    flagged: [],
  };
  let after = 0;
  let done = 0;
  for (;;) {
    const page = await db.paper.findMany({
      where: { ...scope, id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { ...SELECT, arxivId: true },
    });
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    await db.$transaction(async (tx) => {
      for (const row of page) {
        const result = findings(row, glossary);
        const { checks } = result;
        if (options.all || row.translationRecord?.checkedHash !== result.hash) {
          await save(tx, row, result, false);
          report.rechecked += 1;
        }
        if (checks.length === 0) continue;
        report.withFindings += 1;
        for (const f of checks) report.byKind[f.kind] = (report.byKind[f.kind] ?? 0) + 1;
        report.flagged.push({ paperId: row.id, arxivId: row.arxivId, findings: checks });
      }
    });
    done += page.length;
    options.onProgress?.(done, total);
  }
  report.flagged = report.flagged
    .sort((a, b) => b.findings.length - a.findings.length)
    .slice(0, 50);
  return report;
}
