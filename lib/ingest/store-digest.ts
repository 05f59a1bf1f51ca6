import type { Db, Prisma } from "../db/create-db.ts";
import type { DigestFile } from "./parse-digest-file.ts";
import type { PaperRecord } from "./paper-record.ts";
import { contentHash, englishHash } from "./record-hashes.ts";
import { titleKey } from "./title-key.ts";

type Tx = Prisma.TransactionClient;

export type PaperOutcome = "added" | "updated" | "unchanged";

export interface StoreDigestResult {
  papers: PaperOutcome[];
  digest: "created" | "updated" | "unchanged";
}

interface StoredPaper {
  id: number;
  arxivId: string | null;
  arxivVersion: number | null;
  titleKey: string;
  contentHash: string;
  englishHash: string;
  abstractKo: string | null;
  titleKo: string | null;
  translationSourceHash: string | null;
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
} as const;

class DryRunRollback extends Error {
  constructor(readonly result: StoreDigestResult) {
    super("dry run");
  }
}

/**
 * Stores one digest and its papers in a single transaction: either all of it lands or none.
 * With `dryRun` the same work runs and is rolled back, so the counts are exact.
 */
export async function storeDigest(db: Db, digest: DigestFile, options: { dryRun?: boolean } = {}): Promise<StoreDigestResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const result = await storeInTransaction(tx, digest);
        if (options.dryRun) throw new DryRunRollback(result);
        return result;
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}

async function storeInTransaction(tx: Tx, digest: DigestFile): Promise<StoreDigestResult> {
  const keys = digest.papers.map((p) => titleKey(p.title));
  const arxivIds = digest.papers.flatMap((p) => (p.arxivId ? [p.arxivId] : []));
  const existing = await tx.paper.findMany({
    where: { OR: [{ arxivId: { in: arxivIds } }, { titleKey: { in: keys } }] },
    select: STORED_PAPER,
  });

  const matches = digest.papers.map((record, i) => findMatch(record, keys[i]!, existing));
  const changed = digest.papers.filter((record, i) => decide(record, matches[i]) !== "unchanged");
  const authorIds = await resolveAuthors(tx, changed.flatMap((r) => r.authors));

  const outcomes: PaperOutcome[] = [];
  const paperIds: number[] = [];
  for (const [i, record] of digest.papers.entries()) {
    const match = matches[i];
    const outcome = decide(record, match);
    outcomes.push(outcome);
    if (outcome === "unchanged" && match) {
      paperIds.push(match.id);
      continue;
    }
    if (match && !record.arxivId && match.arxivId) {
      await tx.paper.update({ where: { id: match.id }, data: koreanData(record, match, match.englishHash) });
      paperIds.push(match.id);
      continue;
    }
    const data = paperData(record, keys[i]!, match);
    const authors = record.authors.map((name, position) => ({ position, authorId: authorIds.get(name)! }));
    const categories = record.categories.map((category, position) => ({ category, position }));
    if (match) {
      await tx.paper.update({
        where: { id: match.id },
        data: { ...data, authors: { deleteMany: {}, create: authors }, categories: { deleteMany: {}, create: categories } },
      });
      paperIds.push(match.id);
    } else {
      const created = await tx.paper.create({ data: { ...data, authors: { create: authors }, categories: { create: categories } }, select: { id: true } });
      paperIds.push(created.id);
    }
  }

  return { papers: outcomes, digest: await storeEntries(tx, digest, paperIds) };
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

function decide(record: PaperRecord, match: StoredPaper | undefined): PaperOutcome {
  if (!match) return "added";
  if (match.contentHash === contentHash(record)) return "unchanged";
  // An older arXiv version never overwrites a newer one.
  if (record.arxivVersion !== null && match.arxivVersion !== null && record.arxivVersion < match.arxivVersion) return "unchanged";
  // A record without an id (a blog post) adds nothing to the arXiv paper it names.
  if (!record.arxivId && match.arxivId) return record.abstractKo && !match.abstractKo ? "updated" : "unchanged";
  return "updated";
}

/** The Korean fields to write; none when the record carries no Korean, so stored Korean stays. */
function koreanData(record: PaperRecord, match: StoredPaper | undefined, english: string) {
  if (record.titleKo === null && record.abstractKo === null) return {};
  // Korean text that did not change while the English did was translated from the old English:
  // it keeps its old source hash, so it reads as stale.
  const unrevised = match !== undefined && record.titleKo === match.titleKo && record.abstractKo === match.abstractKo;
  return {
    titleKo: record.titleKo,
    abstractKo: record.abstractKo,
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
    comment: record.comment,
    publishedAt: record.publishedAt ? new Date(`${record.publishedAt}T00:00:00Z`) : null,
    contentHash: contentHash(record),
    englishHash: english,
    ...koreanData(record, match, english),
  };
}

async function resolveAuthors(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  const found = await tx.author.findMany({ where: { name: { in: unique } }, select: { id: true, name: true } });
  const known = new Set(found.map((a) => a.name));
  const missing = unique.filter((name) => !known.has(name));
  if (missing.length === 0) return new Map(found.map((a) => [a.name, a.id]));
  await tx.author.createMany({ data: missing.map((name) => ({ name })) });
  const all = await tx.author.findMany({ where: { name: { in: unique } }, select: { id: true, name: true } });
  return new Map(all.map((a) => [a.name, a.id]));
}

async function storeEntries(tx: Tx, digest: DigestFile, paperIds: number[]): Promise<StoreDigestResult["digest"]> {
  const stored = await tx.digest.findUnique({
    where: { date: digest.date },
    select: { id: true, title: true, titleKo: true, entries: { select: { paperId: true }, orderBy: { position: "asc" } } },
  });
  // Two records of one file can name the same stored paper (its arXiv record and a blog copy).
  const ordered = [...new Set(paperIds)];
  const entries = ordered.map((paperId, position) => ({ paperId, position }));
  if (!stored) {
    await tx.digest.create({ data: { date: digest.date, title: digest.title, titleKo: digest.titleKo, entries: { create: entries } } });
    return "created";
  }
  const sameEntries = stored.entries.length === ordered.length && stored.entries.every((e, i) => e.paperId === ordered[i]);
  const sameTitles = stored.title === digest.title && stored.titleKo === digest.titleKo;
  if (sameEntries && sameTitles) return "unchanged";
  await tx.digest.update({
    where: { id: stored.id },
    data: { title: digest.title, titleKo: digest.titleKo, ...(sameEntries ? {} : { entries: { deleteMany: {}, create: entries } }) },
  });
  return "updated";
}
