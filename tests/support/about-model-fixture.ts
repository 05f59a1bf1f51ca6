import type { AboutModelFile } from "../../lib/concepts/learned/about-model.ts";

/** A learned concept of a hand-made model: its bias and its features' weights, threshold 0.5. */
export function learnedConcept(
  slug: string,
  bias: number,
  weights: Record<string, number>,
): AboutModelFile["concepts"][number] {
  return {
    slug,
    method: "learned",
    threshold: 0.5,
    bias,
    features: Object.keys(weights),
    weights: Object.values(weights),
    dev: { examples: 1, precision: 1, recall: 1, f1: 1, lexicalF1: 0 },
  };
}
