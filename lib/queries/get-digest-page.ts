import type { Db, Prisma as PrismaTypes } from "../db/create-db.ts";
import { Prisma } from "../db/generated/sqlite/client.ts";
import { readRows } from "../db/read-rows.ts";
import { splitSentences } from "../text/split-sentences.ts";
import { digestNeighbours } from "./get-digest.ts";
import { TRANSLATION_RECORD_SELECT, translationOf, type TranslationView } from "./paper-view.ts";

/**
 * Papers per page of the list. Without filters page 1 holds the highlights alone and the list
 * starts on page 2: either keeps a page's HTML within 200 KB (npm run bench:digest).
 */
export const DIGEST_LIST_SIZE = 20;
/** Categories offered as filters: the day's most frequent. */
const FILTER_CATEGORIES = 20;
/**
 * Concepts offered as filters: those the day's papers are most often about, counted as the filter
 * keeps papers (with their narrower concepts); family roots are too broad to narrow anything.
 */
const FILTER_CONCEPTS = 30;
/** A paper's one line is its first sentence, cut here: about what one line of the list shows. */
const ONE_LINE = 140;
/** Authors a highlight names before "and N more". */
const HIGHLIGHT_AUTHORS = 6;

export interface DigestFilters {
  category: string | null;
  concept: string | null;
  /** Only papers with a Korean abstract. */
  korean: boolean;
}

/** A paper as a digest page shows it: compact, with its abstracts to open in place. */
export interface DigestItem {
  id: number;
  arxivId: string | null;
  position: number;
  title: string;
  titleKo: string | null;
  primaryCategory: string | null;
  /** The first sentence of each abstract, cut to one line; none for highlights (authors, links). */
  lineEn: string | null;
  lineKo: string | null;
  abstractEn: string;
  abstractKo: string | null;
  translation: TranslationView | null;
  hfUpvotes: number | null;
  concepts: { slug: string; nameEn: string; nameKo: string }[];
  /** What a highlight shows besides: the first authors and the links. */
  detail: {
    authors: string[];
    authorCount: number;
    arxivVersion: number | null;
    codeUrl: string | null;
    projectUrl: string | null;
  } | null;
}

export interface DigestPageView {
  date: string;
  title: string | null;
  titleKo: string | null;
  previous: string | null;
  next: string | null;
  /** Papers in the digest, and those the filters keep. */
  total: number;
  matching: number;
  /** Papers the list holds over all its pages: after the highlights, or those the filters keep. */
  listed: number;
  filters: DigestFilters;
  /** The first papers, with authors and links: page 1 without filters only. */
  highlights: DigestItem[];
  list: DigestItem[];
  page: number;
  pages: number;
  /** What the filters offer, counted over the whole digest. */
  facets: {
    categories: { category: string; count: number }[];
    concepts: { slug: string; nameEn: string; nameKo: string; count: number }[];
    korean: number;
  };
}

function oneLine(text: string | null, lang: "en" | "ko"): string | null {
  if (!text) return null;
  const first = splitSentences(text.slice(0, 2 * ONE_LINE), lang)[0]?.text ?? text;
  return first.length > ONE_LINE ? `${first.slice(0, ONE_LINE - 1).trimEnd()}…` : first;
}

const ITEM_SELECT = {
  id: true,
  arxivId: true,
  title: true,
  titleKo: true,
  primaryCategory: true,
  abstractEn: true,
  abstractKo: true,
  englishHash: true,
  translationMethod: true,
  translationBy: true,
  translationSourceHash: true,
  translationRecord: { select: TRANSLATION_RECORD_SELECT },
  hfUpvotes: true,
  concepts: {
    where: { about: true, implied: false },
    orderBy: [{ score: "desc" }, { conceptId: "asc" }],
    take: 4,
    select: { concept: { select: { slug: true, nameEn: true, nameKo: true } } },
  },
} satisfies PrismaTypes.PaperSelect;

const HIGHLIGHT_SELECT = {
  ...ITEM_SELECT,
  arxivVersion: true,
  codeUrl: true,
  projectUrl: true,
  authors: {
    select: { author: { select: { name: true } } },
    orderBy: { position: "asc" },
    take: HIGHLIGHT_AUTHORS,
  },
  _count: { select: { authors: true } },
} satisfies PrismaTypes.PaperSelect;

type ItemRow = PrismaTypes.PaperGetPayload<{ select: typeof ITEM_SELECT }>;
type HighlightRow = PrismaTypes.PaperGetPayload<{ select: typeof HIGHLIGHT_SELECT }>;

function toItem(position: number, paper: ItemRow | HighlightRow): DigestItem {
  const highlight = "authors" in paper ? paper : null;
  return {
    id: paper.id,
    arxivId: paper.arxivId,
    position: position + 1,
    title: paper.title,
    titleKo: paper.titleKo,
    primaryCategory: paper.primaryCategory,
    lineEn: highlight ? null : oneLine(paper.abstractEn, "en"),
    lineKo: highlight ? null : oneLine(paper.abstractKo, "ko"),
    abstractEn: paper.abstractEn,
    abstractKo: paper.abstractKo,
    translation: translationOf(paper),
    hfUpvotes: paper.hfUpvotes,
    concepts: paper.concepts.map((c) => c.concept),
    detail: highlight && {
      authors: highlight.authors.map((a) => a.author.name),
      authorCount: highlight._count.authors,
      arxivVersion: highlight.arxivVersion,
      codeUrl: highlight.codeUrl,
      projectUrl: highlight.projectUrl,
    },
  };
}

export interface DigestPageOptions {
  page: number;
  highlights: number;
  filters: DigestFilters;
}

/**
 * One page of a day's digest: the highlights (its first `highlights` papers in full) and then
 * the rest as a compact list, paged; or, with filters, every paper they keep, compact and
 * paged. A fixed number of queries whatever the digest's size. Null when there is no digest
 * that day or the page is past the end.
 */
export async function getDigestPage(
  db: Db,
  date: string,
  options: DigestPageOptions,
): Promise<DigestPageView | null> {
  const digest = await db.digest.findUnique({
    where: { date },
    select: { id: true, date: true, title: true, titleKo: true },
  });
  if (!digest) return null;
  const { filters, page, highlights } = options;
  const filtered = filters.category !== null || filters.concept !== null || filters.korean;
  // Page 1 of an unfiltered digest is the highlights'.
  const first = filtered ? DIGEST_LIST_SIZE : 0;
  const window =
    page === 1
      ? { skip: 0, take: first }
      : { skip: first + (page - 2) * DIGEST_LIST_SIZE, take: DIGEST_LIST_SIZE };
  const paperWhere: PrismaTypes.PaperWhereInput = {
    ...(filters.category ? { categories: { some: { category: filters.category } } } : {}),
    ...(filters.concept
      ? { concepts: { some: { about: true, concept: { slug: filters.concept } } } }
      : {}),
    ...(filters.korean ? { abstractKo: { not: null } } : {}),
  };
  // Without filters the list starts after the highlights, which page 1 shows in full.
  const listWhere: PrismaTypes.DigestEntryWhereInput = {
    digestId: digest.id,
    ...(filtered ? { paper: paperWhere } : { position: { gte: highlights } }),
  };
  const [neighbours, total, listed, top, rows, categories, concepts, korean] = await Promise.all([
    digestNeighbours(db, date),
    db.digestEntry.count({ where: { digestId: digest.id } }),
    db.digestEntry.count({ where: listWhere }),
    filtered || page > 1
      ? Promise.resolve([])
      : db.digestEntry.findMany({
          where: { digestId: digest.id, position: { lt: highlights } },
          orderBy: { position: "asc" },
          select: { position: true, paper: { select: HIGHLIGHT_SELECT } },
        }),
    db.digestEntry.findMany({
      where: listWhere,
      orderBy: { position: "asc" },
      skip: window.skip,
      take: window.take,
      select: { position: true, paper: { select: ITEM_SELECT } },
    }),
    readRows<{ category: string; count: number | bigint }>(
      db,
      Prisma.sql`
      SELECT pc."category" AS "category", COUNT(*) AS "count"
      FROM "DigestEntry" e JOIN "PaperCategory" pc ON pc."paperId" = e."paperId"
      WHERE e."digestId" = ${digest.id}
      GROUP BY pc."category" ORDER BY COUNT(*) DESC, pc."category" LIMIT ${FILTER_CATEGORIES}`,
    ),
    readRows<{ conceptId: number | bigint; count: number | bigint }>(
      db,
      Prisma.sql`
      SELECT pc."conceptId" AS "conceptId", COUNT(*) AS "count"
      FROM "DigestEntry" e JOIN "PaperConcept" pc ON pc."paperId" = e."paperId"
      JOIN "Concept" c ON c."id" = pc."conceptId"
      WHERE e."digestId" = ${digest.id} AND pc."about" = TRUE AND c."parentId" IS NOT NULL
      GROUP BY pc."conceptId" ORDER BY COUNT(*) DESC, pc."conceptId" LIMIT ${FILTER_CONCEPTS}`,
    ),
    db.digestEntry.count({ where: { digestId: digest.id, paper: { abstractKo: { not: null } } } }),
  ]);
  const pages = listed <= first ? 1 : 1 + Math.ceil((listed - first) / DIGEST_LIST_SIZE);
  if (page > pages) return null;
  const names = await db.concept.findMany({
    where: { id: { in: concepts.map((c) => Number(c.conceptId)) } },
    select: { id: true, slug: true, nameEn: true, nameKo: true },
  });
  const nameOf = new Map(names.map(({ id, ...name }) => [id, name]));
  return {
    date: digest.date,
    title: digest.title,
    titleKo: digest.titleKo,
    ...neighbours,
    total,
    matching: filtered ? listed : total,
    listed,
    filters,
    highlights: top.map(({ position, paper }) => toItem(position, paper)),
    list: rows.map(({ position, paper }) => toItem(position, paper)),
    page,
    pages,
    facets: {
      categories: categories
        .map((c) => ({ category: c.category, count: Number(c.count) }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      concepts: concepts.flatMap((c) => {
        const name = nameOf.get(Number(c.conceptId));
        return name ? [{ ...name, count: Number(c.count) }] : [];
      }),
      korean,
    },
  };
}
