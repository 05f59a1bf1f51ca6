import type { Db } from "../db/create-db.ts";

/**
 * Papers a sitemap lists at most, newest first: with both languages each is two of a sitemap's
 * 50,000 addresses.
 */
export const SITEMAP_PAPERS = 20_000;

/**
 * The pages worth indexing, as paths under a locale, with when each last changed where that is
 * known.
 */
export async function sitemapPages(db: Db): Promise<{ path: string; modified?: Date }[]> {
  const [digests, concepts, papers] = await Promise.all([
    db.digest.findMany({ orderBy: { date: "desc" }, select: { date: true } }),
    db.concept.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }),
    db.paper.findMany({
      orderBy: [{ listedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: SITEMAP_PAPERS,
      select: { id: true, arxivId: true, updatedAt: true },
    }),
  ]);
  return [
    { path: "" },
    { path: "/concepts" },
    ...digests.map((d) => ({ path: `/digests/${d.date}` })),
    ...concepts.map((c) => ({ path: `/concepts/${c.slug}` })),
    ...papers.map((p) => ({ path: `/papers/${p.arxivId ?? p.id}`, modified: p.updatedAt })),
  ];
}
