// What the learned layer sees of a paper, the same in training and tagging: the words and word
// pairs of its title and abstract, weighted by tf-idf and normalised, the title's words again on
// their own, and the lexical layer's score of every concept it mentions, with whether the title
// names it.

/**
 * Feature names: a term (a word, or two adjacent words joined by a space) of the title and
 * abstract, a word of the title, the lexical evidence for a concept, a concept named in the title.
 */
export const WORD_FEATURE = "w:";
export const TITLE_FEATURE = "t:";
export const CONCEPT_FEATURE = "c:";
export const TITLE_CONCEPT_FEATURE = "ct:";

/** A lexical score as a feature: a title mention (3) or more counts fully. */
export const lexicalValue = (score: number) => Math.min(score, 3) / 3;

export const inverseDocumentFrequency = (documents: number, containing: number) =>
  Math.log((1 + documents) / (1 + containing)) + 1;

/** The terms a model knows: words and word pairs, each with its index into `idf`. */
export interface Terms {
  words: ReadonlyMap<string, number>;
  /** 1 where the term is a pair. */
  isPair: Uint8Array;
  /** For each word's index, the pairs it starts: the next word's index -> the pair's index. */
  pairs: readonly (ReadonlyMap<number, number> | undefined)[];
  idf: Float64Array;
}

/** Indexes a vocabulary of words and pairs ("a b", both of whose words are in it). */
export function indexTerms(vocabulary: readonly string[], idf: Float64Array): Terms {
  const words = new Map<string, number>();
  vocabulary.forEach((term, i) => {
    if (!term.includes(" ")) words.set(term, i);
  });
  const pairs: Map<number, number>[] = [];
  const isPair = new Uint8Array(vocabulary.length);
  vocabulary.forEach((term, i) => {
    const space = term.indexOf(" ");
    if (space < 0) return;
    isPair[i] = 1;
    const first = words.get(term.slice(0, space));
    const second = words.get(term.slice(space + 1));
    if (first === undefined || second === undefined) return;
    (pairs[first] ??= new Map()).set(second, i);
  });
  return { words, isPair, pairs, idf };
}

/** A paper's known terms: their indices in the vocabulary and their weights, in reading order. */
export interface WordValues {
  indices: Int32Array;
  values: Float64Array;
}

// Counts by term index, kept between calls and cleared after each: tagging allocates nothing
// per word.
let counts = new Float64Array(0);

/** The paper's terms weighed in its title and abstract together, and in its title alone. */
export interface PaperTerms {
  all: WordValues;
  title: WordValues;
}

/**
 * Each known term's weight: (1 + ln count) × idf, scaled so that the known words have unit length
 * (pairs are scaled alike but left out of the length, so that a model keeps only the pairs it
 * uses); once over the title and abstract, once over the title (`english[0]`). Pairs do not
 * cross from one text to the next. Training and tagging both compute features here.
 */
export function paperTerms(
  english: readonly (readonly { key: string }[])[],
  terms: Terms,
): PaperTerms {
  const { words, pairs, idf } = terms;
  if (counts.length < idf.length) counts = new Float64Array(idf.length);
  const seen: number[] = [];
  const inTitle: number[] = [];
  const count = (index: number, title: boolean) => {
    if (counts[index] === 0) seen.push(index);
    counts[index]! += 1;
    if (title) inTitle.push(index);
  };
  english.forEach((tokens, text) => {
    let next: ReadonlyMap<number, number> | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const index = words.get(tokens[i]!.key);
      if (index === undefined) {
        next = undefined;
        continue;
      }
      const pair = next?.get(index);
      next = pairs[index];
      if (pair !== undefined) count(pair, text === 0);
      count(index, text === 0);
    }
  });
  const all = weigh(seen, terms);
  seen.length = 0;
  for (const index of inTitle) count(index, false);
  return { all, title: weigh(seen, terms) };
}

/** The weights of the terms counted in `counts`, which it clears. */
function weigh(seen: readonly number[], { isPair, idf }: Terms): WordValues {
  const values = new Float64Array(seen.length);
  let norm = 0;
  for (let k = 0; k < seen.length; k++) {
    const index = seen[k]!;
    values[k] = (1 + Math.log(counts[index]!)) * idf[index]!;
    if (isPair[index] === 0) norm += values[k]! * values[k]!;
    counts[index] = 0;
  }
  norm = Math.sqrt(norm);
  for (let k = 0; k < values.length; k++) values[k]! /= norm;
  return { indices: Int32Array.from(seen), values };
}
