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
  primaryCategory: string | null;
  publishedAt: string | null;
  comment: string | null;
  translation: { method: string | null; by: string | null; stale: boolean } | null;
  links: { abs: string; pdf: string } | null;
  /** The concepts the paper is about: decided ones first, then implied ones; each by score. */
  concepts: PaperConceptView[];
  /** The concepts it only mentions, by score. */
  mentions: PaperMentionView[];
}

export type EvidenceView = { field: string; start: number; end: number; text: string };

export interface PaperConceptView {
  slug: string;
  nameEn: string;
  nameKo: string;
  score: number;
  method: string;
  implied: boolean;
  evidence: EvidenceView[];
}

export interface PaperMentionView {
  slug: string;
  nameEn: string;
  nameKo: string;
  evidence: EvidenceView[];
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
  publishedAt: true,
  comment: true,
  englishHash: true,
  translationMethod: true,
  translationBy: true,
  translationSourceHash: true,
  authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
  categories: { select: { category: true }, orderBy: { position: "asc" } },
  concepts: {
    select: {
      about: true,
      score: true,
      method: true,
      implied: true,
      evidence: true,
      concept: { select: { slug: true, nameEn: true, nameKo: true } },
    },
    orderBy: [{ about: "desc" }, { implied: "asc" }, { score: "desc" }, { conceptId: "asc" }],
  },
} satisfies Prisma.PaperSelect;

type PaperRow = Prisma.PaperGetPayload<{ select: typeof PAPER_VIEW_SELECT }>;

export function toPaperView(row: PaperRow): PaperView {
  const hasKorean = row.titleKo !== null || row.abstractKo !== null;
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
    primaryCategory: row.primaryCategory,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    comment: row.comment,
    translation: hasKorean
      ? { method: row.translationMethod, by: row.translationBy, stale: row.translationSourceHash !== row.englishHash }
      : null,
    links: row.arxivId ? { abs: `https://arxiv.org/abs/${row.arxivId}`, pdf: `https://arxiv.org/pdf/${row.arxivId}` } : null,
    concepts: row.concepts.flatMap((c) => {
      if (!c.about) return [];
      const { score, method, implied } = c;
      return [{ ...c.concept, score, method, implied, evidence: c.evidence as EvidenceView[] }];
    }),
    mentions: row.concepts.flatMap((c) =>
      c.about ? [] : [{ ...c.concept, evidence: c.evidence as EvidenceView[] }],
    ),
  };
}
