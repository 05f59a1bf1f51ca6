import type { Db } from "../db/create-db.ts";
import type { AlignedPair } from "../text/align-sentences.ts";
import { ALIGNMENT_VERSION, alignAbstracts, sentenceTexts, type SentenceAlignment, type SentenceSpan } from "../text/sentence-alignment.ts";
import type { StrongFeature } from "../concepts/learned/score-about.ts";
import {
  PAPER_VIEW_SELECT,
  toPaperView,
  type PaperConceptView,
  type PaperMentionView,
  type PaperView,
} from "./paper-view.ts";
import type { PaperKey } from "./paper-key.ts";

type Described = { descriptionEn: string; descriptionKo: string };

export interface PaperPageView extends PaperView {
  /** Each with what decided it: for a learned decision, the features that weighed most. */
  concepts: (PaperConceptView & Described & { features: StrongFeature[] })[];
  mentions: (PaperMentionView & Described)[];
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
    select: {
      ...PAPER_VIEW_SELECT.concepts.select,
      features: true,
      concept: {
        select: {
          ...PAPER_VIEW_SELECT.concepts.select.concept.select,
          descriptionEn: true,
          descriptionKo: true,
        },
      },
    },
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
  const tags = new Map(paper.concepts.map((c) => [c.concept.slug, c]));
  const described = (slug: string) => {
    const { descriptionEn, descriptionKo } = tags.get(slug)!.concept;
    return { descriptionEn, descriptionKo };
  };
  return {
    ...view,
    concepts: view.concepts.map((c) => ({
      ...c,
      ...described(c.slug),
      features: (tags.get(c.slug)!.features as StrongFeature[] | null) ?? [],
    })),
    mentions: view.mentions.map((m) => ({ ...m, ...described(m.slug) })),
    digests: digestEntries.map((e) => e.digest.date).sort().reverse(),
    sentencesEn: sentenceTexts(view.abstractEn, reading.en),
    sentencesKo: view.abstractKo ? sentenceTexts(view.abstractKo, reading.ko) : [],
    alignment: reading.pairs,
    sentenceSpans: { en: reading.en, ko: reading.ko },
  };
}
