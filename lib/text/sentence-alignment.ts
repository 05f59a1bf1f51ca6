// The sentences of a paper's two abstracts and how they pair up: computed at ingest, stored on
// the paper as offsets (the text stays in one place), and turned back into strings for readers.
import { alignSentences, type AlignedPair } from "./align-sentences.ts";
import { splitSentences } from "./split-sentences.ts";

/** Bump when splitting or aligning changes: older stored alignments are recomputed on the next migrate. */
export const ALIGNMENT_VERSION = 1;

/** [start, end) UTF-16 offsets of one sentence in its abstract. */
export type SentenceSpan = [start: number, end: number];

export interface SentenceAlignment {
  en: SentenceSpan[];
  ko: SentenceSpan[];
  /** Reading order; a pair with an empty side is a sentence the other language has no counterpart for. */
  pairs: AlignedPair[];
}

export function alignAbstracts(abstractEn: string, abstractKo: string | null): SentenceAlignment {
  const en = splitSentences(abstractEn, "en");
  const ko = abstractKo ? splitSentences(abstractKo, "ko") : [];
  return {
    en: en.map((s) => [s.start, s.end]),
    ko: ko.map((s) => [s.start, s.end]),
    pairs: alignSentences(
      en.map((s) => s.text),
      ko.map((s) => s.text),
    ),
  };
}

export function sentenceTexts(text: string, spans: SentenceSpan[]): string[] {
  return spans.map(([start, end]) => text.slice(start, end));
}
