import { scoresOf, type Counts } from "../labels/label-counts.ts";

/** Dev scores of one concept: each paper's probability and whether it is labelled with it. */
export interface ConceptScores {
  slug: string;
  probabilities: Float64Array;
  labels: boolean[];
}

/**
 * How thresholds are chosen: per concept, the one that maximises F-beta on the papers given,
 * for concepts with at least `minOwn` labelled examples there; the others share one threshold,
 * chosen the same way over all of them together (a handful of examples cannot place a threshold).
 */
export interface ThresholdRule {
  beta: number;
  minOwn: number;
}

export const CANDIDATE_THRESHOLDS = Array.from(
  { length: 39 },
  (_, i) => Math.round(0.025 * (i + 1) * 1000) / 1000,
);

export const fBeta = ({ tp, fp, fn }: Counts, beta: number) => {
  const b2 = beta * beta;
  const denominator = (1 + b2) * tp + b2 * fn + fp;
  return denominator === 0 ? 0 : ((1 + b2) * tp) / denominator;
};

export function countAt(
  concept: ConceptScores,
  threshold: number,
  papers: readonly number[],
): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const i of papers) {
    const predicted = concept.probabilities[i]! >= threshold;
    if (predicted && concept.labels[i]) counts.tp += 1;
    else if (predicted) counts.fp += 1;
    else if (concept.labels[i]) counts.fn += 1;
  }
  return counts;
}

const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});
const NONE: Counts = { tp: 0, fp: 0, fn: 0 };

/** The candidate threshold with the best F-beta over the concepts together; the lowest on ties. */
function bestThreshold(
  concepts: ConceptScores[],
  papers: readonly number[],
  beta: number,
): number {
  let best = CANDIDATE_THRESHOLDS[0]!;
  let bestScore = -1;
  for (const threshold of CANDIDATE_THRESHOLDS) {
    const counts = concepts.reduce((sum, c) => add(sum, countAt(c, threshold, papers)), NONE);
    const score = fBeta(counts, beta);
    if (score > bestScore) [best, bestScore] = [threshold, score];
  }
  return best;
}

/** Each concept's threshold under the rule, chosen on the given papers. */
export function chooseThresholds(
  concepts: ConceptScores[],
  papers: readonly number[],
  rule: ThresholdRule,
): Map<string, number> {
  const examples = (c: ConceptScores) => papers.filter((i) => c.labels[i]).length;
  const own = concepts.filter((c) => examples(c) >= rule.minOwn);
  const shared = concepts.filter((c) => examples(c) < rule.minOwn);
  const pooled = bestThreshold(shared, papers, rule.beta);
  return new Map([
    ...own.map((c) => [c.slug, bestThreshold([c], papers, rule.beta)] as const),
    ...shared.map((c) => [c.slug, pooled] as const),
  ]);
}

/**
 * An honest estimate of a rule on papers it has not seen: the papers are halved (alternately),
 * thresholds chosen on one half are scored on the other, and the other way round.
 */
export function crossFitted(
  concepts: ConceptScores[],
  papers: readonly number[],
  rule: ThresholdRule,
) {
  const halves = [papers.filter((_, k) => k % 2 === 0), papers.filter((_, k) => k % 2 === 1)];
  let total = NONE;
  for (const [from, to] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const thresholds = chooseThresholds(concepts, halves[from]!, rule);
    for (const c of concepts) total = add(total, countAt(c, thresholds.get(c.slug)!, halves[to]!));
  }
  return scoresOf(total);
}
