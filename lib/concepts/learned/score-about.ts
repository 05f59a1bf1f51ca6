import type { ConceptMentions, PaperMentions } from "../find-mentions.ts";
import type { AboutModel } from "./about-model.ts";
import { lexicalValue, wordValues, type WordValues } from "./feature-values.ts";

/** A feature that weighed for a learned decision: a word of the paper, or a concept it mentions. */
export type StrongFeature =
  | { kind: "word"; text: string; weight: number }
  | { kind: "concept"; slug: string; weight: number };

export interface AboutScores {
  /** The probability that the paper is about each learned concept, in the model's order. */
  probabilities: Float64Array;
  /** The paper's known words and their weights: what `strongestFeatures` explains from. */
  words: WordValues;
}

/** The learned layer on one paper: its words (English title and abstract) and its mentions. */
export function scoreAbout(model: AboutModel, paper: PaperMentions): AboutScores {
  const logits = model.biases.slice();
  const words = wordValues(paper.english, model.vocabulary, model.idf);
  for (let k = 0; k < words.indices.length; k++) {
    const weights = model.wordWeights[words.indices[k]!];
    if (!weights) continue;
    for (let j = 0; j < weights.concepts.length; j++) {
      logits[weights.concepts[j]!]! += weights.weights[j]! * words.values[k]!;
    }
  }
  for (const [slug, found] of paper.concepts) {
    const weights = model.mentions.get(slug);
    if (!weights || found.scoreEn === 0) continue;
    const value = lexicalValue(found.scoreEn);
    for (let j = 0; j < weights.concepts.length; j++)
      logits[weights.concepts[j]!]! += weights.weights[j]! * value;
  }
  for (let c = 0; c < logits.length; c++) logits[c] = 1 / (1 + Math.exp(-logits[c]!));
  return { probabilities: logits, words };
}

const weightIn = (
  weights: { concepts: Int32Array; weights: Float64Array } | null | undefined,
  concept: number,
) => {
  const k = weights ? weights.concepts.indexOf(concept) : -1;
  return k < 0 ? 0 : weights!.weights[k]!;
};

/** The features that raised a learned concept's score most, strongest first. */
export function strongestFeatures(
  model: AboutModel,
  concept: number,
  scores: AboutScores,
  mentions: Map<string, ConceptMentions>,
  count = 4,
): StrongFeature[] {
  // The best `count` so far, strongest first; earlier features win ties.
  const best: StrongFeature[] = [];
  const beats = (weight: number) =>
    weight > 0 && (best.length < count || weight > best[count - 1]!.weight);
  const keep = (feature: StrongFeature) => {
    let at = best.length;
    while (at > 0 && best[at - 1]!.weight < feature.weight) at -= 1;
    best.splice(at, 0, feature);
    if (best.length > count) best.pop();
  };
  const { indices, values } = scores.words;
  for (let k = 0; k < indices.length; k++) {
    const word = indices[k]!;
    const weight = weightIn(model.wordWeights[word], concept) * values[k]!;
    if (beats(weight)) keep({ kind: "word", text: model.wordList[word]!, weight });
  }
  for (const [slug, found] of mentions) {
    const weight = weightIn(model.mentions.get(slug), concept) * lexicalValue(found.scoreEn);
    if (beats(weight)) keep({ kind: "concept", slug, weight });
  }
  return best.map((f) => ({ ...f, weight: Math.round(f.weight * 1000) / 1000 }));
}
