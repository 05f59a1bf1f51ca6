import { alignSentences, type AlignedPair } from "./align-sentences.ts";

export interface GoldAlignment {
  arxivId: string;
  sentencesEn: string[];
  sentencesKo: string[];
  alignment: AlignedPair[];
}

export type Aligner = (english: string[], korean: string[]) => AlignedPair[];

const key = (pair: AlignedPair) => `${pair.en.join(",")}|${pair.ko.join(",")}`;

/** The trivial baseline: English sentence i with Korean sentence i, the rest of the longer side alone. */
export function sameIndexAlignment(english: string[], korean: string[]): AlignedPair[] {
  return Array.from({ length: Math.max(english.length, korean.length) }, (_, i) => ({ en: i < english.length ? [i] : [], ko: i < korean.length ? [i] : [] }));
}

/** Share of gold pairs the aligner reproduces exactly, overall and per paper. */
export function evaluateAlignment(gold: GoldAlignment[], align: Aligner = alignSentences) {
  const papers = gold.map((paper) => {
    const predicted = align(paper.sentencesEn, paper.sentencesKo);
    const found = new Set(predicted.map(key));
    const correct = paper.alignment.filter((pair) => found.has(key(pair))).length;
    return { arxivId: paper.arxivId, gold: paper.alignment.length, predicted: predicted.length, correct, missed: paper.alignment.filter((pair) => !found.has(key(pair))), produced: predicted.filter((pair) => !new Set(paper.alignment.map(key)).has(key(pair))) };
  });
  const total = papers.reduce((sum, p) => sum + p.gold, 0);
  const correct = papers.reduce((sum, p) => sum + p.correct, 0);
  const predicted = papers.reduce((sum, p) => sum + p.predicted, 0);
  return { papers, total, correct, recall: correct / total, precision: correct / predicted };
}
