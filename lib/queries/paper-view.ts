import type { Prisma } from "../db/create-db.ts";
import type { CheckFinding } from "../translation/checks/check-translation.ts";

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
  translation: TranslationView | null;
  links: { abs: string; pdf: string } | null;
  /** Found concepts first, then implied ones; each by score. */
  concepts: PaperConceptView[];
}

export interface TranslationView {
  /** "manual", "machine" or "post-edited" (reviewed). */
  method: string | null;
  by: string | null;
  /** Made from an older English text. */
  stale: boolean;
  /** Where a translation made by PaperBridge came from; null for imported ones. */
  machine: { engine: string; model: string | null; translatedAt: string | null; glossaryVersion: string | null; promptVersion: string | null } | null;
  /** Quality check findings; [] when clean. */
  checks: CheckFinding[];
  /** A machine-made one-sentence Korean summary, checked against the abstract. */
  tldrKo: string | null;
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
  publishedAt: true,
  comment: true,
  englishHash: true,
  translationMethod: true,
  translationBy: true,
  translationSourceHash: true,
  translationRecord: { select: { engine: true, model: true, translatedAt: true, glossaryVersion: true, promptVersion: true, checks: true, tldrKo: true } },
  authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
  categories: { select: { category: true }, orderBy: { position: "asc" } },
  concepts: {
    select: { score: true, method: true, implied: true, evidence: true, concept: { select: { slug: true, nameEn: true, nameKo: true } } },
    orderBy: [{ implied: "asc" }, { score: "desc" }],
  },
} satisfies Prisma.PaperSelect;

type PaperRow = Prisma.PaperGetPayload<{ select: typeof PAPER_VIEW_SELECT }>;

function translationView(row: PaperRow): TranslationView {
  const record = row.translationRecord;
  const madeHere = row.translationMethod === "machine" && record?.engine;
  return {
    method: row.translationMethod,
    by: row.translationBy,
    stale: row.translationSourceHash !== row.englishHash,
    machine: madeHere
      ? { engine: record.engine!, model: record.model, translatedAt: record.translatedAt?.toISOString() ?? null, glossaryVersion: record.glossaryVersion, promptVersion: record.promptVersion }
      : null,
    checks: ((record?.checks ?? []) as unknown as CheckFinding[]).map(({ kind, sentence, message, evidence }) => ({ kind, sentence, message, evidence })),
    tldrKo: madeHere ? record.tldrKo : null,
  };
}

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
    translation: hasKorean ? translationView(row) : null,
    links: row.arxivId ? { abs: `https://arxiv.org/abs/${row.arxivId}`, pdf: `https://arxiv.org/pdf/${row.arxivId}` } : null,
    concepts: row.concepts.map((c) => ({
      ...c.concept,
      score: c.score,
      method: c.method,
      implied: c.implied,
      evidence: c.evidence as PaperConceptView["evidence"],
    })),
  };
}
