import type { Db, Prisma } from "../db/create-db.ts";
import { searchPapers, type SearchOutcome } from "../search/search-papers.ts";

/** A paper as a feed item shows it. */
export interface FeedPaper {
  id: number;
  arxivId: string | null;
  title: string;
  titleKo: string | null;
  abstractEn: string;
  abstractKo: string | null;
  authors: string[];
  concepts: { nameEn: string; nameKo: string }[];
  /** The day it was listed in a digest, else published on arXiv. */
  day: string | null;
}

/** Items of a concept or search feed: its newest papers. */
export const FEED_ITEMS = 50;
/** Days of digests the daily feed carries, each with its highlights. */
export const FEED_DAYS = 7;

const SELECT = {
  id: true,
  arxivId: true,
  title: true,
  titleKo: true,
  abstractEn: true,
  abstractKo: true,
  listedOn: true,
  publishedAt: true,
  authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
  concepts: { where: { implied: false }, orderBy: [{ score: "desc" }, { conceptId: "asc" }], take: 6, select: { concept: { select: { nameEn: true, nameKo: true } } } },
} satisfies Prisma.PaperSelect;

type Row = Prisma.PaperGetPayload<{ select: typeof SELECT }>;

const toFeedPaper = (row: Row, day?: string): FeedPaper => ({
  id: row.id,
  arxivId: row.arxivId,
  title: row.title,
  titleKo: row.titleKo,
  abstractEn: row.abstractEn,
  abstractKo: row.abstractKo,
  authors: row.authors.map((a) => a.author.name),
  concepts: row.concepts.map((c) => c.concept),
  day: day ?? row.listedOn ?? row.publishedAt?.toISOString().slice(0, 10) ?? null,
});

/** The daily feed: the highlights of the newest digests, newest day first, each day in its order. */
export async function dailyFeedPapers(db: Db, highlights: number): Promise<FeedPaper[]> {
  const digests = await db.digest.findMany({
    orderBy: { date: "desc" },
    take: FEED_DAYS,
    select: { date: true, entries: { orderBy: { position: "asc" }, take: highlights, select: { paper: { select: SELECT } } } },
  });
  return digests.flatMap((digest) => digest.entries.map((entry) => toFeedPaper(entry.paper, digest.date)));
}

/** A concept's feed: its newest papers; null for an unknown concept. */
export async function conceptFeedPapers(db: Db, slug: string): Promise<{ concept: { slug: string; nameEn: string; nameKo: string }; papers: FeedPaper[] } | null> {
  const concept = await db.concept.findUnique({ where: { slug }, select: { id: true, slug: true, nameEn: true, nameKo: true } });
  if (!concept) return null;
  const rows = await db.paper.findMany({
    where: { concepts: { some: { conceptId: concept.id } } },
    orderBy: [{ listedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: FEED_ITEMS,
    select: SELECT,
  });
  const { id: _, ...named } = concept;
  return { concept: named, papers: rows.map((row) => toFeedPaper(row)) };
}

/** A search's feed: the newest papers the query finds (the search box's query language). */
export async function searchFeedPapers(db: Db, q: string): Promise<{ ok: true; papers: FeedPaper[] } | Extract<SearchOutcome, { ok: false }>> {
  const outcome = await searchPapers(db, { q, sort: "date" });
  if (!outcome.ok) return outcome;
  const ids = outcome.result.results.map((r) => r.id);
  const rows = await db.paper.findMany({ where: { id: { in: ids } }, select: SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { ok: true, papers: ids.flatMap((id) => (byId.has(id) ? [toFeedPaper(byId.get(id)!)] : [])) };
}
