import type { Db } from "../db/create-db.ts";
import type { AlignedPair } from "../text/align-sentences.ts";
import { ALIGNMENT_VERSION, alignAbstracts, sentenceTexts, type SentenceAlignment, type SentenceSpan } from "../text/sentence-alignment.ts";
import { PAPER_VIEW_SELECT, toPaperView, type PaperConceptView, type PaperView } from "./paper-view.ts";
import type { PaperKey } from "./paper-key.ts";

export interface PaperPageView extends PaperView {
  concepts: (PaperConceptView & { descriptionEn: string; descriptionKo: string })[];
  /** Dates of the digests the paper appeared in, newest first. */
  digests: string[];
  sentencesEn: string[];
  sentencesKo: string[];
  /** English-Korean sentence pairs in reading order, by index into sentencesEn and sentencesKo. */
  alignment: AlignedPair[];
  /** Where each sentence is in its abstract: [start, end) offsets. */
  sentenceSpans: { en: SentenceSpan[]; ko: SentenceSpan[] };
}

const SELECT = {
  ...PAPER_VIEW_SELECT,
  concepts: {
    ...PAPER_VIEW_SELECT.concepts,
    select: { ...PAPER_VIEW_SELECT.concepts.select, concept: { select: { ...PAPER_VIEW_SELECT.concepts.select.concept.select, descriptionEn: true, descriptionKo: true } } },
  },
  sentenceAlignment: true,
  alignmentVersion: true,
  digestEntries: { select: { digest: { select: { date: true } } } },
} as const;

export async function getPaper(db: Db, key: PaperKey): Promise<PaperPageView | null> {
  const row = await db.paper.findFirst({ where: key, select: SELECT });
  if (!row) return null;
  const { digestEntries, sentenceAlignment, alignmentVersion, ...paper } = row;
  const view = toPaperView(paper);
  // Papers not yet realigned by the current aligner (until the next migrate) are aligned here.
  const stored = sentenceAlignment as unknown as SentenceAlignment | null;
  const current = stored && (alignmentVersion === ALIGNMENT_VERSION || stored.keyed);
  const reading = current ? stored : alignAbstracts(view.abstractEn, view.abstractKo);
  return {
    ...view,
    concepts: view.concepts.map((c, i) => ({ ...c, descriptionEn: paper.concepts[i]!.concept.descriptionEn, descriptionKo: paper.concepts[i]!.concept.descriptionKo })),
    digests: digestEntries.map((e) => e.digest.date).sort().reverse(),
    sentencesEn: sentenceTexts(view.abstractEn, reading.en),
    sentencesKo: view.abstractKo ? sentenceTexts(view.abstractKo, reading.ko) : [],
    alignment: reading.pairs,
    sentenceSpans: { en: reading.en, ko: reading.ko },
  };
}
