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
  /** ACM and MSC classes as the source wrote them. */
  classes: string[];
  primaryCategory: string | null;
  publishedAt: string | null;
  comment: string | null;
  translation: TranslationView | null;
  links: { abs: string; pdf: string } | null;
  /** The code repository and project page a listing gave. */
  codeUrl: string | null;
  projectUrl: string | null;
  /** The paper's Hugging Face page and upvotes, when it was on Hugging Face daily papers. */
  huggingFace: { url: string; upvotes: number } | null;
  /** The concepts the paper is about: decided ones first, then implied ones; each by score. */
  concepts: PaperConceptView[];
  /** The concepts it only mentions, by score. */
  mentions: PaperMentionView[];
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

/** What a translation view reads of a paper's translation record. */
export const TRANSLATION_RECORD_SELECT = {
  engine: true,
  model: true,
  translatedAt: true,
  glossaryVersion: true,
  promptVersion: true,
  checks: true,
  tldrKo: true,
} as const;

/** What a translation view reads of a paper and its translation record. */
export interface TranslationRow {
  titleKo: string | null;
  abstractKo: string | null;
  translationMethod: string | null;
  translationBy: string | null;
  translationSourceHash: string | null;
  englishHash: string;
  translationRecord: {
    engine: string | null;
    model: string | null;
    translatedAt: Date | null;
    glossaryVersion: string | null;
    promptVersion: string | null;
    checks: unknown;
    tldrKo: string | null;
  } | null;
}

/** Where a paper's Korean came from, its checks and TL;DR; null without Korean. */
export function translationOf(row: TranslationRow): TranslationView | null {
  if (row.titleKo === null && row.abstractKo === null) return null;
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
