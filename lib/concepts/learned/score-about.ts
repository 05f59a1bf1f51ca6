import type { ConceptMentions, PaperMentions } from "../find-mentions.ts";
import type { AboutModel } from "./about-model.ts";
import { lexicalValue, paperTerms, type WordValues } from "./feature-values.ts";

/** A feature that weighed for a learned decision: a term of the paper, or a concept it mentions. */
export type StrongFeature =
  | { kind: "word"; text: string; weight: number }
  | { kind: "concept"; slug: string; weight: number };

export interface AboutScores {
  /** The probability that the paper is about each learned concept, in the model's order. */
  probabilities: Float64Array;
  /** The paper's known terms and their weights: what `strongestFeatures` explains from. */
  words: WordValues;
  /** The same for the title alone. */
  title: WordValues;
}

interface FeatureWeights {
  concepts: Int32Array;
  weights: Float64Array;
}

function addTerms(logits: Float64Array, terms: WordValues, weights: (FeatureWeights | null)[]) {
  for (let k = 0; k < terms.indices.length; k++) {
    const own = weights[terms.indices[k]!];
    if (!own) continue;
    for (let j = 0; j < own.concepts.length; j++)
      logits[own.concepts[j]!]! += own.weights[j]! * terms.values[k]!;
  }
}

const namedInTitle = (found: ConceptMentions) => found.evidence.some((e) => e.field === "title");

/** The learned layer on one paper: its terms (English title and abstract) and its mentions. */
export function scoreAbout(model: AboutModel, paper: PaperMentions): AboutScores {
  const logits = model.biases.slice();
  const { all: words, title } = paperTerms(paper.english, model.terms);
  addTerms(logits, words, model.wordWeights);
  addTerms(logits, title, model.titleWeights);
  for (const [slug, found] of paper.concepts) {
    if (found.scoreEn === 0) continue;
    const value = lexicalValue(found.scoreEn);
    const weights = model.mentions.get(slug);
    if (weights)
      for (let j = 0; j < weights.concepts.length; j++)
        logits[weights.concepts[j]!]! += weights.weights[j]! * value;
    const inTitle = model.titleMentions.get(slug);
    if (inTitle && namedInTitle(found))
      for (let j = 0; j < inTitle.concepts.length; j++)
        logits[inTitle.concepts[j]!]! += inTitle.weights[j]!;
  }
  for (let c = 0; c < logits.length; c++) logits[c] = 1 / (1 + Math.exp(-logits[c]!));
  return { probabilities: logits, words, title };
}

const weightIn = (weights: FeatureWeights | null | undefined, concept: number) => {
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
    const twin = best.findIndex((f) => sameFeature(f, feature));
    if (twin >= 0) {
      if (best[twin]!.weight >= feature.weight) return;
      best.splice(twin, 1);
    }
    let at = best.length;
    while (at > 0 && best[at - 1]!.weight < feature.weight) at -= 1;
    best.splice(at, 0, feature);
    if (best.length > count) best.pop();
  };
  const terms = (values: WordValues, weights: (FeatureWeights | null)[]) => {
    for (let k = 0; k < values.indices.length; k++) {
      const word = values.indices[k]!;
      const weight = weightIn(weights[word], concept) * values.values[k]!;
      if (beats(weight)) keep({ kind: "word", text: model.wordList[word]!, weight });
    }
  };
  terms(scores.words, model.wordWeights);
  terms(scores.title, model.titleWeights);
  for (const [slug, found] of mentions) {
    const inTitle = namedInTitle(found) ? weightIn(model.titleMentions.get(slug), concept) : 0;
    const weight =
      weightIn(model.mentions.get(slug), concept) * lexicalValue(found.scoreEn) + inTitle;
    if (beats(weight)) keep({ kind: "concept", slug, weight });
  }
  return best.map((f) => ({ ...f, weight: Math.round(f.weight * 1000) / 1000 }));
}

/** A word weighs once in the explanation, from the title or the abstract, whichever weighs more. */
const sameFeature = (a: StrongFeature, b: StrongFeature) =>
  a.kind === "word" && b.kind === "word" && a.text === b.text;
