import type { Prisma } from "../db/create-db.ts";
import type { PaperRecord } from "./paper-record.ts";
import { insertRows, insertRowsReturning } from "./bulk-insert.ts";
import { recordIdentity } from "./record-identity.ts";
import { contentHash, englishHash } from "./record-hashes.ts";
import { titleKey } from "./title-key.ts";
import { alignmentColumns } from "./alignment-columns.ts";

type Tx = Prisma.TransactionClient;

export type PaperOutcome = "added" | "updated" | "unchanged";

export interface StoredBatch {
  outcomes: PaperOutcome[];
  /** The stored paper of each record, in the records' order. */
  paperIds: number[];
}

const STORED_PAPER = {
  id: true,
  arxivId: true,
  arxivVersion: true,
  titleKey: true,
  contentHash: true,
  englishHash: true,
  abstractKo: true,
  titleKo: true,
  translationSourceHash: true,
  comment: true,
  publishedAt: true,
  classes: true,
  codeUrl: true,
  projectUrl: true,
  hfUpvotes: true,
} as const;

type StoredRow = Prisma.PaperGetPayload<{ select: typeof STORED_PAPER }>;
type StoredPaper = StoredRow & { categories: string[] };

const PAPER_COLUMNS = [
  "arxivId",
  "arxivVersion",
  "titleKey",
  "title",
  "abstractEn",
  "titleKo",
  "abstractKo",
  "translationMethod",
  "translationBy",
  "englishHash",
  "translationSourceHash",
  "primaryCategory",
  "classes",
  "comment",
  "codeUrl",
  "projectUrl",
  "hfUpvotes",
  "publishedAt",
  "contentHash",
  "sentenceAlignment",
  "alignmentVersion",
  "createdAt",
  "updatedAt",
] as const;

/**
 * Stores a batch of records inside the caller's transaction: new papers in bulk statements,
 * changed ones one by one. Records of one batch must describe different papers.
 */
export async function storePapers(tx: Tx, given: PaperRecord[]): Promise<StoredBatch> {
  const keys = given.map((r) => titleKey(r.title));
  const existing = await withCategories(
    tx,
    await tx.paper.findMany({
      where: { OR: [{ arxivId: { in: given.flatMap((r) => (r.arxivId ? [r.arxivId] : [])) } }, { titleKey: { in: keys } }] },
      select: STORED_PAPER,
    }),
  );
  const matches = given.map((record, i) => findMatch(record, keys[i]!, existing));
  const records = given.map((record, i) => completed(record, matches[i]));
  const outcomes = records.map((record, i) => decide(record, matches[i]));
  const changed = records.filter((_, i) => outcomes[i] !== "unchanged" && !isKoreanOnly(records[i]!, matches[i]));
  const authorIds = await resolveAuthors(tx, changed.flatMap((r) => r.authors));

  const paperIds: number[] = matches.map((m) => m?.id ?? 0);
  const created = records.flatMap((record, i) => (matches[i] ? [] : [{ record, i }]));
  if (created.length > 0) {
    const now = new Date();
    const rows = await insertRowsReturning<{ id: number | bigint; arxivId: string | null; titleKey: string }>(
      tx,
      "Paper",
      PAPER_COLUMNS,
      created.map(({ record, i }) => {
        const data = { ...paperData(record, keys[i]!, undefined), createdAt: now, updatedAt: now } as Record<string, unknown>;
        data.sentenceAlignment = JSON.stringify(data.sentenceAlignment);
        if (data.classes) data.classes = JSON.stringify(data.classes);
        return PAPER_COLUMNS.map((column) => data[column] ?? null);
      }),
      ["id", "arxivId", "titleKey"],
    );
    const idByIdentity = new Map(rows.map((row) => [row.arxivId ? `arxiv:${row.arxivId}` : `title:${row.titleKey}`, Number(row.id)]));
    for (const { record, i } of created) paperIds[i] = idByIdentity.get(recordIdentity(record))!;
    const authors = created.flatMap(({ record, i }) => authorRows(record, paperIds[i]!, authorIds).map((r) => [r.paperId, r.authorId, r.position]));
    await insertRows(tx, "PaperAuthor", ["paperId", "authorId", "position"], authors);
    const categories = created.flatMap(({ record, i }) => categoryRows(record, paperIds[i]!).map((r) => [r.paperId, r.category, r.position]));
    await insertRows(tx, "PaperCategory", ["paperId", "category", "position"], categories);
  }

  for (const [i, record] of records.entries()) {
    const match = matches[i];
    if (!match || outcomes[i] === "unchanged") continue;
    if (isKoreanOnly(record, match)) {
      const { abstractEn } = await tx.paper.findUniqueOrThrow({ where: { id: match.id }, select: { abstractEn: true } });
      const korean = koreanData(record, match, match.englishHash);
      await tx.paper.update({ where: { id: match.id }, data: { ...korean, ...alignmentColumns(abstractEn, korean.abstractKo ?? match.abstractKo) } });
      continue;
    }
    await tx.paper.update({
      where: { id: match.id },
      data: {
        ...paperData(record, keys[i]!, match),
        authors: { deleteMany: {}, create: authorRows(record, match.id, authorIds).map(({ paperId: _, ...row }) => row) },
        categories: { deleteMany: {}, create: categoryRows(record, match.id).map(({ paperId: _, ...row }) => row) },
      },
    });
  }
  return { outcomes, paperIds };
}

/**
 * The stored papers, each once, with their categories in order. Prisma splits a long OR of lists
 * into several statements and concatenates what they find; the categories are read apart, as a
 * relation they exceed SQLite's bound values.
 */
async function withCategories(tx: Tx, found: StoredRow[]): Promise<StoredPaper[]> {
  const papers = [...new Map(found.map((paper) => [paper.id, paper])).values()];
  const rows = [];
  for (let i = 0; i < papers.length; i += 500) {
    const ids = papers.slice(i, i + 500).map((p) => p.id);
    const orderBy = [{ paperId: "asc" as const }, { position: "asc" as const }];
    rows.push(...(await tx.paperCategory.findMany({ where: { paperId: { in: ids } }, orderBy })));
  }
  const byPaper = new Map<number, string[]>();
  for (const row of rows) {
    byPaper.set(row.paperId, [...(byPaper.get(row.paperId) ?? []), row.category]);
  }
  return papers.map((paper) => ({ ...paper, categories: byPaper.get(paper.id) ?? [] }));
}

/**
 * The record as it is stored over `match`: what a listing does not know (Hugging Face gives no
 * categories or version, an RSS feed no upvotes), the stored paper keeps.
 */
function completed(record: PaperRecord, match: StoredPaper | undefined): PaperRecord {
  if (!match) return record;
  return {
    ...record,
    arxivVersion: record.arxivVersion ?? match.arxivVersion,
    categories: record.categories.length ? record.categories : match.categories,
    classes: record.classes.length ? record.classes : ((match.classes as string[] | null) ?? []),
    publishedAt: record.publishedAt ?? match.publishedAt?.toISOString().slice(0, 10) ?? null,
    comment: record.comment ?? match.comment,
    codeUrl: record.codeUrl ?? match.codeUrl,
    projectUrl: record.projectUrl ?? match.projectUrl,
    hfUpvotes: record.hfUpvotes ?? match.hfUpvotes,
  };
}

function findMatch(record: PaperRecord, key: string, existing: StoredPaper[]): StoredPaper | undefined {
  if (record.arxivId) {
    const byId = existing.find((p) => p.arxivId === record.arxivId);
    if (byId) return byId;
    // A paper first stored without an id (from a blog post) becomes this arXiv paper.
    return existing.find((p) => p.arxivId === null && p.titleKey === key);
  }
  return existing.find((p) => p.titleKey === key && p.arxivId === null) ?? existing.find((p) => p.titleKey === key);
}

/** A record without an arXiv id (a blog post) adds at most its Korean to the arXiv paper it names. */
function isKoreanOnly(record: PaperRecord, match: StoredPaper | undefined): boolean {
  return match !== undefined && !record.arxivId && match.arxivId !== null;
}

function decide(record: PaperRecord, match: StoredPaper | undefined): PaperOutcome {
  if (!match) return "added";
  if (match.contentHash === contentHash(record)) return "unchanged";
  // An older arXiv version never overwrites a newer one.
  if (record.arxivVersion !== null && match.arxivVersion !== null && record.arxivVersion < match.arxivVersion) return "unchanged";
  // A blog's Korean fills in a missing translation; it never replaces one.
  if (isKoreanOnly(record, match)) return record.abstractKo && !match.abstractKo ? "updated" : "unchanged";
  return "updated";
}

/** The Korean fields to write; none when the record carries no Korean, so stored Korean stays. */
function koreanData(record: PaperRecord, match: StoredPaper | undefined, english: string) {
  if (record.titleKo === null && record.abstractKo === null) return {};
  // Korean text that did not change while the English did was translated from the old English:
  // it keeps its old source hash, so it reads as stale.
  const unrevised = match !== undefined && record.titleKo === match.titleKo && record.abstractKo === match.abstractKo;
  return {
    titleKo: record.titleKo ?? match?.titleKo ?? null,
    abstractKo: record.abstractKo ?? match?.abstractKo ?? null,
    translationMethod: record.translation?.method ?? null,
    translationBy: record.translation?.by ?? null,
    translationSourceHash: unrevised && match.englishHash !== english ? match.translationSourceHash : english,
  };
}

function paperData(record: PaperRecord, key: string, match: StoredPaper | undefined) {
  const english = englishHash(record.title, record.abstractEn);
  return {
    arxivId: record.arxivId ?? match?.arxivId ?? null,
    arxivVersion: record.arxivVersion,
    titleKey: key,
    title: record.title,
    abstractEn: record.abstractEn,
    primaryCategory: record.categories[0] ?? null,
    classes: record.classes.length ? record.classes : undefined,
    comment: record.comment,
    codeUrl: record.codeUrl,
    projectUrl: record.projectUrl,
    hfUpvotes: record.hfUpvotes,
    publishedAt: record.publishedAt ? new Date(`${record.publishedAt}T00:00:00Z`) : null,
    contentHash: contentHash(record),
    englishHash: english,
    ...koreanData(record, match, english),
    // Korean absent from the record stays as stored, so the stored Korean is what the English pairs with.
    ...alignmentColumns(record.abstractEn, record.abstractKo ?? match?.abstractKo ?? null),
  };
}

function authorRows(record: PaperRecord, paperId: number, authorIds: Map<string, number>) {
  return record.authors.map((name, position) => ({ paperId, position, authorId: authorIds.get(name)! }));
}

function categoryRows(record: PaperRecord, paperId: number) {
  return record.categories.map((category, position) => ({ paperId, category, position }));
}

async function resolveAuthors(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  const found = await tx.author.findMany({ where: { name: { in: unique } }, select: { id: true, name: true } });
  const known = new Set(found.map((a) => a.name));
  const missing = unique.filter((name) => !known.has(name));
  if (missing.length === 0) return new Map(found.map((a) => [a.name, a.id]));
  const created = await insertRowsReturning<{ id: number | bigint; name: string }>(tx, "Author", ["name"], missing.map((name) => [name]), ["id", "name"]);
  return new Map([...found.map((a) => [a.name, a.id] as const), ...created.map((a) => [a.name, Number(a.id)] as const)]);
}
