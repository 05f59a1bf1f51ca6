// The sentences of a paper's two abstracts and how they pair up: computed at ingest, stored on
// the paper as offsets (the text stays in one place), and turned back into strings for readers.
import { alignSentences, type AlignedPair } from "./align-sentences.ts";
import { splitSentences } from "./split-sentences.ts";

/** Bump when splitting or aligning changes: older stored alignments are recomputed on the next migrate (2: Korean full stops, notes, one-to-three and one-to-four pairs; 3: brackets and dollar signs never closed hold no sentences together). */
export const ALIGNMENT_VERSION = 3;

/** [start, end) UTF-16 offsets of one sentence in its abstract. */
export type SentenceSpan = [start: number, end: number];

export interface SentenceAlignment {
  en: SentenceSpan[];
  ko: SentenceSpan[];
  /** Reading order; a pair with an empty side is a sentence the other language has no counterpart for. */
  pairs: AlignedPair[];
  /** Made with a sentence-keyed translation (lib/translation): exact, never recomputed by the aligner. */
  keyed?: true;
}

/** Whether a blank line separates sentence `index` from the one before it. */
export function startsParagraph(text: string, spans: SentenceSpan[], index: number): boolean {
  return index > 0 && index < spans.length && /\n\s*\n/.test(text.slice(spans[index - 1]![1], spans[index]![0]));
}

/** For each sentence, how many paragraph breaks come before it. */
function paragraphIndices(text: string, spans: SentenceSpan[]): number[] {
  let paragraph = 0;
  return spans.map((_, i) => (startsParagraph(text, spans, i) ? ++paragraph : paragraph));
}

export function alignAbstracts(abstractEn: string, abstractKo: string | null): SentenceAlignment {
  const en = splitSentences(abstractEn, "en");
  const ko = abstractKo ? splitSentences(abstractKo, "ko") : [];
  const spansEn = en.map((s): SentenceSpan => [s.start, s.end]);
  const spansKo = ko.map((s): SentenceSpan => [s.start, s.end]);
  return {
    en: spansEn,
    ko: spansKo,
    pairs: alignSentences(
      en.map((s) => s.text),
      ko.map((s) => s.text),
      { en: paragraphIndices(abstractEn, spansEn), ko: paragraphIndices(abstractKo ?? "", spansKo) },
    ),
  };
}

export function sentenceTexts(text: string, spans: SentenceSpan[]): string[] {
  return spans.map(([start, end]) => text.slice(start, end));
}
