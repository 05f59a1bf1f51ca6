// What the learned layer sees of a paper, the same in training and tagging: its words, weighted by
// tf-idf and normalised, and the lexical layer's score of every concept it mentions.

/** Feature names: a word, or the lexical evidence for a concept. */
export const WORD_FEATURE = "w:";
export const CONCEPT_FEATURE = "c:";

/** A lexical score as a feature: a title mention (3) or more counts fully. */
export const lexicalValue = (score: number) => Math.min(score, 3) / 3;

export const inverseDocumentFrequency = (documents: number, containing: number) =>
  Math.log((1 + documents) / (1 + containing)) + 1;

/** A paper's known words: their indices in the vocabulary and their weights, in reading order. */
export interface WordValues {
  indices: Int32Array;
  values: Float64Array;
}

// Counts by vocabulary index, kept between calls and cleared after each: tagging allocates
// nothing per word.
let counts = new Float64Array(0);

/**
 * Each known word's weight in the paper: (1 + ln count) × idf, scaled so that the paper's known
 * words have unit length. Training and tagging both compute features here.
 */
export function wordValues(
  texts: readonly (readonly { key: string }[])[],
  vocabulary: ReadonlyMap<string, number>,
  idf: Float64Array,
): WordValues {
  if (counts.length < idf.length) counts = new Float64Array(idf.length);
  const seen: number[] = [];
  for (const words of texts) {
    for (let i = 0; i < words.length; i++) {
      const index = vocabulary.get(words[i]!.key);
      if (index === undefined) continue;
      if (counts[index] === 0) seen.push(index);
      counts[index]! += 1;
    }
  }
  const values = new Float64Array(seen.length);
  let norm = 0;
  for (let k = 0; k < seen.length; k++) {
    const index = seen[k]!;
    values[k] = (1 + Math.log(counts[index]!)) * idf[index]!;
    norm += values[k]! * values[k]!;
    counts[index] = 0;
  }
  norm = Math.sqrt(norm);
  for (let k = 0; k < values.length; k++) values[k]! /= norm;
  return { indices: Int32Array.from(seen), values };
}
