// What the learned layer sees of a paper, the same in training and tagging: its words, weighted by
// tf-idf and normalised, and the lexical layer's score of every concept it mentions.

/** Feature names: a word, or the lexical evidence for a concept. */
export const WORD_FEATURE = "w:";
export const CONCEPT_FEATURE = "c:";

/** A lexical score as a feature: a title mention (3) or more counts fully. */
export const lexicalValue = (score: number) => Math.min(score, 3) / 3;

export const inverseDocumentFrequency = (documents: number, containing: number) =>
  Math.log((1 + documents) / (1 + containing)) + 1;

/**
 * Each known word's weight in the paper: (1 + ln count) × idf, scaled so that the paper's known
 * words have unit length. `vocabulary` gives a word's entry, undefined outside the vocabulary.
 */
export function wordValues<T>(
  words: readonly { key: string }[],
  vocabulary: (word: string) => T | undefined,
  idf: (entry: T) => number,
): [T, number][] {
  const counts = new Map<T, number>();
  for (const { key } of words) {
    const entry = vocabulary(key);
    if (entry !== undefined) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  }
  const values: [T, number][] = [];
  let norm = 0;
  for (const [entry, count] of counts) {
    const value = (1 + Math.log(count)) * idf(entry);
    values.push([entry, value]);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  for (const pair of values) pair[1] /= norm;
  return values;
}
