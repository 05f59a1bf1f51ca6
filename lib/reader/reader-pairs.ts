import type { PaperPageView } from "../queries/get-paper.ts";
import { startsParagraph, type SentenceSpan } from "../text/sentence-alignment.ts";

/** One numbered row of the reader: English sentences and the Korean ones that translate them. */
export interface ReaderPair {
  /** 1-based; the row's anchor is #s{number}. */
  number: number;
  en: SentenceSpan[];
  ko: SentenceSpan[];
  /** The row begins a new paragraph of the abstract (a blank line before it). */
  paragraphStart: boolean;
}

type Reading = Pick<PaperPageView, "abstractEn" | "abstractKo" | "alignment" | "sentenceSpans">;

/** Rows the reader numbers; an abstract of more sentences has the rest in its last row. */
export const MAX_READER_ROWS = 200;

export function readerPairs(paper: Reading): ReaderPair[] {
  const { en, ko } = paper.sentenceSpans;
  const alignment = paper.alignment.length <= MAX_READER_ROWS ? paper.alignment : [
    ...paper.alignment.slice(0, MAX_READER_ROWS - 1),
    { en: paper.alignment.slice(MAX_READER_ROWS - 1).flatMap((pair) => pair.en), ko: paper.alignment.slice(MAX_READER_ROWS - 1).flatMap((pair) => pair.ko) },
  ];
  return alignment.map((pair, i) => ({
    number: i + 1,
    en: pair.en.map((k) => en[k]!),
    ko: pair.ko.map((k) => ko[k]!),
    paragraphStart: pair.en.length > 0 ? startsParagraph(paper.abstractEn, en, pair.en[0]!) : startsParagraph(paper.abstractKo ?? "", ko, pair.ko[0]!),
  }));
}
