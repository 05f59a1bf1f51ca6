import type { ConceptMentions, PaperMentions } from "../find-mentions.ts";
import type { AboutModel, VocabularyWord } from "./about-model.ts";
import { lexicalValue, wordValues } from "./feature-values.ts";

/** A feature that weighed for a learned decision: a word of the paper, or a concept it mentions. */
export type StrongFeature =
  | { kind: "word"; text: string; weight: number }
  | { kind: "concept"; slug: string; weight: number };

export interface AboutScores {
  /** The probability that the paper is about each learned concept, in the model's order. */
  probabilities: Float64Array;
  /** Each of the paper's known words with its weight: what `strongestFeatures` explains from. */
  words: [VocabularyWord, number][];
}

const sigmoid = (s: number) => 1 / (1 + Math.exp(-s));

/** The learned layer on one paper: its words (English title and abstract) and its mentions. */
export function scoreAbout(model: AboutModel, paper: PaperMentions): AboutScores {
  const logits = Float64Array.from(model.learned, (c) => c.bias);
  const known = wordValues(
    paper.english,
    (word) => model.words.get(word),
    (entry) => entry.idf,
  );
  for (const [{ weights }, value] of known) {
    if (!weights) continue;
    for (let k = 0; k < weights.concepts.length; k++)
      logits[weights.concepts[k]!]! += weights.weights[k]! * value;
  }
  for (const [slug, found] of paper.concepts) {
    const weights = model.mentions.get(slug);
    if (!weights || found.scoreEn === 0) continue;
    const value = lexicalValue(found.scoreEn);
    for (let k = 0; k < weights.concepts.length; k++)
      logits[weights.concepts[k]!]! += weights.weights[k]! * value;
  }
  return { probabilities: logits.map(sigmoid), words: known };
}

/** The features that raised a learned concept's score most, strongest first. */
export function strongestFeatures(
  model: AboutModel,
  concept: number,
  scores: AboutScores,
  mentions: Map<string, ConceptMentions>,
  count = 4,
): StrongFeature[] {
  const weightFor = (
    weights: { concepts: Int32Array; weights: Float64Array } | null | undefined,
  ) => {
    const k = weights ? weights.concepts.indexOf(concept) : -1;
    return k < 0 ? 0 : weights!.weights[k]!;
  };
  const features: StrongFeature[] = [];
  for (const [{ word, weights }, value] of scores.words) {
    const weight = weightFor(weights) * value;
    if (weight > 0) features.push({ kind: "word", text: word, weight });
  }
  for (const [slug, found] of mentions) {
    const weight = weightFor(model.mentions.get(slug)) * lexicalValue(found.scoreEn);
    if (weight > 0) features.push({ kind: "concept", slug, weight });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const name = (f: StrongFeature) => (f.kind === "word" ? f.text : f.slug);
  return features
    .sort((a, b) => b.weight - a.weight || name(a).localeCompare(name(b)))
    .slice(0, count)
    .map((f) => ({ ...f, weight: round(f.weight) }));
}
