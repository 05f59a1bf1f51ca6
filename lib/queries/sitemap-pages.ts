import type { Db } from "../db/create-db.ts";

/** Pages one sitemap file lists: with both languages, 10,000 of a sitemap's 50,000 addresses. */
export const SITEMAP_FILE_PAGES = 5_000;

export interface SitemapPage {
  /** The path under a locale ("" for the home). */
  path: string;
  modified?: Date;
}

// The pages worth indexing, in a fixed order split into files: the home, the taxonomy, every
// digest and concept, then every paper, oldest first, so that a new paper changes only the last
// file (and the first, which lists the digests).
async function fixedPages(db: Db): Promise<SitemapPage[]> {
  const [digests, concepts] = await Promise.all([
    db.digest.findMany({ orderBy: { date: "desc" }, select: { date: true } }),
    db.concept.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }),
  ]);
  return [
    { path: "" },
    { path: "/concepts" },
    ...digests.map((d) => ({ path: `/digests/${d.date}` })),
    ...concepts.map((c) => ({ path: `/concepts/${c.slug}` })),
  ];
}

/** How many sitemap files the pages need (at least one). */
export async function sitemapFileCount(db: Db, size = SITEMAP_FILE_PAGES): Promise<number> {
  const [fixed, papers] = await Promise.all([fixedPages(db), db.paper.count()]);
  return Math.max(1, Math.ceil((fixed.length + papers) / size));
}

/** The pages of sitemap file `file` (1-based); empty past the last. */
export async function sitemapFilePages(
  db: Db,
  file: number,
  size = SITEMAP_FILE_PAGES,
): Promise<SitemapPage[]> {
  const start = (file - 1) * size;
  const end = start + size;
  const fixed = await fixedPages(db);
  const from = Math.max(start, fixed.length);
  const papers =
    end > from
      ? await db.paper.findMany({
          orderBy: { id: "asc" },
          skip: from - fixed.length,
          take: end - from,
          select: { id: true, arxivId: true, updatedAt: true },
        })
      : [];
  return [
    ...fixed.slice(start, end),
    ...papers.map((p) => ({ path: `/papers/${p.arxivId ?? p.id}`, modified: p.updatedAt })),
  ];
}
