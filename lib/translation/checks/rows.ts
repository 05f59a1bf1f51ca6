// The reader's rows of a translation (one aligned pair each: English sentences and their Korean)
// and the paper's own length ratio, which the sentence and length checks measure rows against.
import { sentenceTexts, type SentenceAlignment } from "../../text/sentence-alignment.ts";

export interface Row {
  /** The reader's row number (#sN). */
  number: number;
  en: string;
  ko: string;
  enSentences: string[];
  koSentences: string[];
}

export const letters = (text: string) => text.replace(/\s+/g, "").length;

export function rowsOf(
  abstractEn: string,
  abstractKo: string | null,
  alignment: SentenceAlignment,
): Row[] {
  const en = sentenceTexts(abstractEn, alignment.en);
  const ko = abstractKo ? sentenceTexts(abstractKo, alignment.ko) : [];
  return alignment.pairs.map((pair, i) => {
    const enSentences = pair.en.map((k) => en[k]!);
    const koSentences = pair.ko.map((k) => ko[k]!);
    return {
      number: i + 1,
      en: enSentences.join(" "),
      ko: koSentences.join(" "),
      enSentences,
      koSentences,
    };
  });
}

/**
 * Korean characters per English character (spaces excluded) of the paper's typical row: the
 * median over rows with both sides, so that a sentence left out does not lower it.
 */
export function rowRatio(rows: Row[]): number {
  const ratios = rows
    .filter((row) => row.en && row.ko)
    .map((row) => letters(row.ko) / Math.max(1, letters(row.en)))
    .sort((a, b) => a - b);
  if (ratios.length === 0) return 0;
  const half = Math.floor(ratios.length / 2);
  return ratios.length % 2 ? ratios[half]! : (ratios[half - 1]! + ratios[half]!) / 2;
}
