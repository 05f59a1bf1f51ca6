import type { Db } from "../db/create-db.ts";
import { PAPER_VIEW_SELECT, toPaperView, type PaperView } from "../queries/paper-view.ts";
import { searchPapers, type SearchOutcome } from "../search/search-papers.ts";

/** A paper as a feed shows it, with the day a digest listed it (else arXiv published it). */
export type FeedPaper = PaperView & { day: string | null };

/** Items of a concept or search feed: its newest papers. */
export const FEED_ITEMS = 50;
/** Days of digests the daily feed carries, each with its highlights. */
export const FEED_DAYS = 7;

const SELECT = { ...PAPER_VIEW_SELECT, listedOn: true } as const;

const toFeedPaper = (
  { listedOn, ...row }: { listedOn: string | null } & Parameters<typeof toPaperView>[0],
  day?: string,
): FeedPaper => {
  const view = toPaperView(row);
  return { ...view, day: day ?? listedOn ?? view.publishedAt };
};

/** The daily feed: the highlights of the newest digests, newest day first, each in order. */
export async function dailyFeedPapers(db: Db, highlights: number): Promise<FeedPaper[]> {
  const digests = await db.digest.findMany({
    orderBy: { date: "desc" },
    take: FEED_DAYS,
    select: {
      date: true,
      entries: {
        orderBy: { position: "asc" },
        take: highlights,
        select: { paper: { select: SELECT } },
      },
    },
  });
  return digests.flatMap((digest) =>
    digest.entries.map((entry) => toFeedPaper(entry.paper, digest.date)),
  );
}

/** A concept's feed: the newest papers about it (or a narrower one); null for an unknown one. */
export async function conceptFeedPapers(
  db: Db,
  slug: string,
): Promise<{
  concept: { slug: string; nameEn: string; nameKo: string };
  papers: FeedPaper[];
} | null> {
  const concept = await db.concept.findUnique({
    where: { slug },
    select: { id: true, slug: true, nameEn: true, nameKo: true },
  });
  if (!concept) return null;
  const rows = await db.paper.findMany({
    where: { concepts: { some: { conceptId: concept.id, about: true } } },
    orderBy: [{ listedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: FEED_ITEMS,
    select: SELECT,
  });
  const { id: _, ...named } = concept;
  return { concept: named, papers: rows.map((row) => toFeedPaper(row)) };
}

/** A search's feed: the newest papers the query finds (the search box's query language). */
export async function searchFeedPapers(
  db: Db,
  q: string,
): Promise<{ ok: true; papers: FeedPaper[] } | Extract<SearchOutcome, { ok: false }>> {
  const outcome = await searchPapers(db, { q, sort: "date" });
  if (!outcome.ok) return outcome;
  const ids = outcome.result.results.map((r) => r.id);
  const rows = await db.paper.findMany({ where: { id: { in: ids } }, select: SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    ok: true,
    papers: ids.flatMap((id) => (byId.has(id) ? [toFeedPaper(byId.get(id)!)] : [])),
  };
}
