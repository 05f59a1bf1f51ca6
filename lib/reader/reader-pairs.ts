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

export function readerPairs(paper: Reading): ReaderPair[] {
  const { en, ko } = paper.sentenceSpans;
  return paper.alignment.map((pair, i) => ({
    number: i + 1,
    en: pair.en.map((k) => en[k]!),
    ko: pair.ko.map((k) => ko[k]!),
    paragraphStart: pair.en.length > 0 ? startsParagraph(paper.abstractEn, en, pair.en[0]!) : startsParagraph(paper.abstractKo ?? "", ko, pair.ko[0]!),
  }));
}
