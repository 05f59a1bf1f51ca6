import type { Db } from "../db/create-db.ts";
import { LOCALES } from "../i18n/locales.ts";
import { CONCEPT_PAGE_SIZE } from "../queries/get-concept.ts";
import { digestPath, homePath, paperPath } from "../routes.ts";

/** How many of the latest digests have their pages and their papers' pages rendered ahead. */
export const PRERENDERED_DIGESTS = 7;

/**
 * The pages and API answers readers open most once a day is published, most asked first: the
 * home and taxonomy pages, the latest digests, every concept's first two pages, the papers of
 * the latest digests (newest day first), then the same as API answers.
 */
export async function prerenderPaths(db: Db): Promise<string[]> {
  const [digests, concepts] = await Promise.all([
    db.digest.findMany({
      orderBy: { date: "desc" },
      take: PRERENDERED_DIGESTS,
      select: {
        date: true,
        entries: { orderBy: { position: "asc" }, select: { paper: { select: { id: true, arxivId: true } } } },
      },
    }),
    db.concept.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, _count: { select: { papers: { where: { about: true } } } } },
    }),
  ]);
  const papers = [...new Map(digests.flatMap((d) => d.entries.map((e) => [e.paper.id, e.paper]))).values()];
  const pages = LOCALES.flatMap((locale) => [
    homePath(locale),
    `/${locale}/concepts`,
    ...digests.map((digest) => digestPath(locale, digest.date)),
    ...concepts.flatMap(({ slug, _count }) => [
      `/${locale}/concepts/${slug}`,
      ...(_count.papers > CONCEPT_PAGE_SIZE ? [`/${locale}/concepts/${slug}?page=2`] : []),
    ]),
  ]);
  const api = [
    "/api/digests",
    ...digests.map((digest) => `/api/digests/${digest.date}`),
    ...concepts.map(({ slug }) => `/api/concepts/${slug}`),
    ...papers.map((paper) => `/api/papers/${paper.arxivId ?? paper.id}`),
  ];
  return [...pages, ...papers.flatMap((paper) => LOCALES.map((locale) => paperPath(locale, paper))), ...api];
}
