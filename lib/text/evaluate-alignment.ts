import { alignSentences, type AlignedPair } from "./align-sentences.ts";
import { splitSentences } from "./split-sentences.ts";

export interface GoldAlignment {
  arxivId: string;
  /** What makes the abstract a hard case ("note", "digit", "backslash", "latin", "bracket", "numbers", "formula", "url"). */
  shapes?: string[];
  sentencesEn: string[];
  sentencesKo: string[];
  alignment: AlignedPair[];
}

export type Aligner = (english: string[], korean: string[]) => AlignedPair[];

const key = (pair: AlignedPair) => `${pair.en.join(",")}|${pair.ko.join(",")}`;
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The trivial baseline: English sentence i with Korean sentence i, the rest of the longer side alone. */
export function sameIndexAlignment(english: string[], korean: string[]): AlignedPair[] {
  return Array.from({ length: Math.max(english.length, korean.length) }, (_, i) => ({ en: i < english.length ? [i] : [], ko: i < korean.length ? [i] : [] }));
}

/** Whether the splitter cuts each side, written out as one paragraph, into the gold sentences. */
function splitsAsGold(paper: GoldAlignment) {
  const split = (sentences: string[], lang: "en" | "ko") => splitSentences(sentences.join(" "), lang).map((s) => s.text);
  return { en: same(split(paper.sentencesEn, "en"), paper.sentencesEn), ko: same(split(paper.sentencesKo, "ko"), paper.sentencesKo) };
}

/** Share of gold pairs the aligner reproduces exactly, overall and per paper, and whether the splitter finds the gold sentences. */
export function evaluateAlignment(gold: GoldAlignment[], align: Aligner = alignSentences) {
  const papers = gold.map((paper) => {
    const predicted = align(paper.sentencesEn, paper.sentencesKo);
    const found = new Set(predicted.map(key));
    const expected = new Set(paper.alignment.map(key));
    return {
      arxivId: paper.arxivId,
      shapes: paper.shapes ?? [],
      split: splitsAsGold(paper),
      gold: paper.alignment.length,
      predicted: predicted.length,
      correct: paper.alignment.filter((pair) => found.has(key(pair))).length,
      missed: paper.alignment.filter((pair) => !found.has(key(pair))),
      produced: predicted.filter((pair) => !expected.has(key(pair))),
    };
  });
  const total = papers.reduce((sum, p) => sum + p.gold, 0);
  const correct = papers.reduce((sum, p) => sum + p.correct, 0);
  const predicted = papers.reduce((sum, p) => sum + p.predicted, 0);
  return { papers, total, correct, recall: correct / total, precision: correct / predicted };
}

export interface ShapeScore {
  shape: string;
  abstracts: number;
  /** Abstracts whose English and whose Korean the splitter cuts as the gold does. */
  splitEn: number;
  splitKo: number;
  pairs: number;
  correct: number;
}

/** The figures of `evaluateAlignment` for the abstracts of each shape ("other": those without one) and for all. */
export function scoresByShape(result: ReturnType<typeof evaluateAlignment>): ShapeScore[] {
  const shapes = [...new Set(result.papers.flatMap((p) => p.shapes))].sort();
  const score = (shape: string, papers: typeof result.papers): ShapeScore => ({
    shape,
    abstracts: papers.length,
    splitEn: papers.filter((p) => p.split.en).length,
    splitKo: papers.filter((p) => p.split.ko).length,
    pairs: papers.reduce((sum, p) => sum + p.gold, 0),
    correct: papers.reduce((sum, p) => sum + p.correct, 0),
  });
  return [
    ...shapes.map((shape) => score(shape, result.papers.filter((p) => p.shapes.includes(shape)))),
    score("other", result.papers.filter((p) => p.shapes.length === 0)),
    score("all", result.papers),
  ];
}
