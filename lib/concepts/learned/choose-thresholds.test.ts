import { describe, expect, it } from "vitest";
import { chooseThresholds, crossFitted, fBeta, type ConceptScores } from "./choose-thresholds.ts";

const concept = (slug: string, scored: [number, boolean][]): ConceptScores => ({
  slug,
  probabilities: Float64Array.from(scored, ([p]) => p),
  labels: scored.map(([, label]) => label),
});
const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("chooseThresholds", () => {
  // Six labelled papers score 0.8 or more; one unlabelled paper scores 0.6, two 0.3.
  const common = concept("common", [
    [0.9, true],
    [0.85, true],
    [0.8, true],
    [0.9, true],
    [0.95, true],
    [0.82, true],
    [0.6, false],
    [0.3, false],
    [0.3, false],
    [0.35, true],
  ]);
  const rare = concept("rare", [
    [0.2, true],
    [0.1, false],
    [0.1, false],
    [0.1, false],
    [0.1, false],
    [0.1, false],
    [0.1, false],
    [0.1, false],
    [0.1, false],
    [0.1, false],
  ]);

  it("places a concept's own threshold where F-beta is best, the lowest such", () => {
    // Down to 0.325 every labelled paper is in and one unlabelled paper (0.6): F1 14/15.
    expect(chooseThresholds([common], all(10), { beta: 1, minOwn: 5 }).get("common")).toBe(0.325);
    // Precision first: above 0.6 only the 0.35 paper is lost, and nothing wrong is let in.
    expect(chooseThresholds([common], all(10), { beta: 0.5, minOwn: 5 }).get("common")).toBe(
      0.625,
    );
  });

  it("pools the concepts with too few examples to place a threshold of their own", () => {
    const thresholds = chooseThresholds([common, rare], all(10), { beta: 1, minOwn: 5 });
    expect(thresholds.get("rare")).toBe(0.125);
    const pooled = chooseThresholds([common, rare], all(10), { beta: 1, minOwn: Infinity });
    expect(pooled.get("common")).toBe(pooled.get("rare"));
  });

  it("weighs precision more with a smaller beta", () => {
    expect(fBeta({ tp: 1, fp: 0, fn: 3 }, 0.5)).toBeGreaterThan(fBeta({ tp: 1, fp: 0, fn: 3 }, 1));
    expect(fBeta({ tp: 0, fp: 0, fn: 0 }, 1)).toBe(0);
  });

  it("estimates a rule on papers its thresholds were not chosen on", () => {
    const estimate = crossFitted([common], all(10), { beta: 1, minOwn: 1 });
    expect(estimate.tp + estimate.fn).toBe(7);
    expect(estimate.precision).toBeGreaterThan(0);
  });
});
