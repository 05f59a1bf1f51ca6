import type { Prisma } from "../db/create-db.ts";

/** What pages and the API show of a paper. Field names are part of the public API. */
export interface PaperView {
  id: number;
  arxivId: string | null;
  arxivVersion: number | null;
  title: string;
  titleKo: string | null;
  abstractEn: string;
  abstractKo: string | null;
  authors: string[];
  categories: string[];
  /** ACM and MSC classes as the source wrote them. */
  classes: string[];
  primaryCategory: string | null;
  publishedAt: string | null;
  comment: string | null;
  translation: { method: string | null; by: string | null; stale: boolean } | null;
  links: { abs: string; pdf: string } | null;
  /** The code repository and project page a listing gave. */
  codeUrl: string | null;
  projectUrl: string | null;
  /** The paper's Hugging Face page and upvotes, when it was on Hugging Face daily papers. */
  huggingFace: { url: string; upvotes: number } | null;
  /** Found concepts first, then implied ones; each by score. */
  concepts: PaperConceptView[];
}

export interface PaperConceptView {
  slug: string;
  nameEn: string;
  nameKo: string;
  score: number;
  method: string;
  implied: boolean;
  evidence: { field: string; start: number; end: number; text: string }[];
}

export const PAPER_VIEW_SELECT = {
  id: true,
  arxivId: true,
  arxivVersion: true,
  title: true,
  titleKo: true,
  abstractEn: true,
  abstractKo: true,
  primaryCategory: true,
  classes: true,
  codeUrl: true,
  projectUrl: true,
  hfUpvotes: true,
  publishedAt: true,
  comment: true,
  englishHash: true,
  translationMethod: true,
  translationBy: true,
  translationSourceHash: true,
  authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
  categories: { select: { category: true }, orderBy: { position: "asc" } },
  concepts: {
    select: { score: true, method: true, implied: true, evidence: true, concept: { select: { slug: true, nameEn: true, nameKo: true } } },
    orderBy: [{ implied: "asc" }, { score: "desc" }],
  },
} satisfies Prisma.PaperSelect;

type PaperRow = Prisma.PaperGetPayload<{ select: typeof PAPER_VIEW_SELECT }>;

type TranslationColumns = "titleKo" | "abstractKo" | "translationMethod" | "translationBy";

/** Where a paper's Korean came from, and whether it was made from older English; null without it. */
export function translationOf(
  row: Pick<PaperRow, TranslationColumns | "translationSourceHash" | "englishHash">,
): PaperView["translation"] {
  if (row.titleKo === null && row.abstractKo === null) return null;
  const stale = row.translationSourceHash !== row.englishHash;
  return { method: row.translationMethod, by: row.translationBy, stale };
}

export function toPaperView(row: PaperRow): PaperView {
  return {
    id: row.id,
    arxivId: row.arxivId,
    arxivVersion: row.arxivVersion,
    title: row.title,
    titleKo: row.titleKo,
    abstractEn: row.abstractEn,
    abstractKo: row.abstractKo,
    authors: row.authors.map((a) => a.author.name),
    categories: row.categories.map((c) => c.category),
    classes: (row.classes as string[] | null) ?? [],
    primaryCategory: row.primaryCategory,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    comment: row.comment,
    translation: translationOf(row),
    links: row.arxivId ? { abs: `https://arxiv.org/abs/${row.arxivId}`, pdf: `https://arxiv.org/pdf/${row.arxivId}` } : null,
    codeUrl: row.codeUrl,
    projectUrl: row.projectUrl,
    huggingFace:
      row.arxivId && row.hfUpvotes !== null
        ? { url: `https://huggingface.co/papers/${row.arxivId}`, upvotes: row.hfUpvotes }
        : null,
    concepts: row.concepts.map((c) => ({
      ...c.concept,
      score: c.score,
      method: c.method,
      implied: c.implied,
      evidence: c.evidence as PaperConceptView["evidence"],
    })),
  };
}
