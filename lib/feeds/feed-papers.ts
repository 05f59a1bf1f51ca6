import type { Db } from "../db/create-db.ts";
import type { PaperView } from "../queries/paper-view.ts";
import { readPaperList, readPaperViews, type ListedPaperView } from "../queries/paper-views.ts";
import { searchPapers, type SearchOutcome } from "../search/search-papers.ts";

/** A paper as a feed shows it, with the day a digest listed it (else arXiv published it). */
export type FeedPaper = PaperView & { day: string | null };

/** Items of a concept or search feed: its newest papers. */
export const FEED_ITEMS = 50;
/** Days of digests the daily feed carries, each with its highlights. */
export const FEED_DAYS = 7;

const toFeedPaper = ({ listedOn, ...view }: ListedPaperView, day?: string): FeedPaper => ({
  ...view,
  day: day ?? listedOn ?? view.publishedAt,
});

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
        select: { paperId: true },
      },
    },
  });
  const listed = digests.flatMap((digest) => digest.entries.map((entry) => ({ id: entry.paperId, day: digest.date })));
  const { views } = await readPaperViews(db, listed.map((entry) => entry.id));
  return listed.flatMap(({ id, day }) => {
    const view = views.get(id);
    return view ? [toFeedPaper(view, day)] : [];
  });
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
    select: { id: true },
  });
  const { id: _, ...named } = concept;
  const papers = await readPaperList(db, rows.map((row) => row.id));
  return { concept: named, papers: papers.map((paper) => toFeedPaper(paper)) };
}

/** A search's feed: the newest papers the query finds (the search box's query language). */
export async function searchFeedPapers(
  db: Db,
  q: string,
): Promise<{ ok: true; papers: FeedPaper[] } | Extract<SearchOutcome, { ok: false }>> {
  const outcome = await searchPapers(db, { q, sort: "date" });
  if (!outcome.ok) return outcome;
  const papers = await readPaperList(db, outcome.result.results.map((r) => r.id));
  return { ok: true, papers: papers.map((paper) => toFeedPaper(paper)) };
}
