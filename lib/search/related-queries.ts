import type { ParsedQuery, Phrase } from "./parse-query.ts";

// Queries offered beside a result, written in the query language so that they can be sent as q.

const written = (phrase: Phrase) => (/\s/.test(phrase.text) ? `"${phrase.text}"` : phrase.text);

/** The query's exclusions and filters as query text. */
function operators(query: ParsedQuery): string[] {
  return [
    ...query.excludes.map((p) => `-${written(p)}`),
    ...query.concepts.map((slug) => `concept:${slug}`),
    ...query.categories.map((category) => `cat:${category}`),
    ...(query.from ? [`from:${query.from}`] : []),
    ...(query.to ? [`to:${query.to}`] : []),
  ];
}

/**
 * For each phrase of a query, the query text with that phrase as its only words: what to offer
 * when all of them together find nothing. Exclusions and filters are kept.
 */
export function singlePhraseQueries(query: ParsedQuery): { index: number; q: string; tokens: string[] }[] {
  return query.phrases.map((phrase, index) => ({ index, q: [written(phrase), ...operators(query)].join(" "), tokens: phrase.tokens }));
}

/**
 * The query text that lists a concept's papers instead of the words that name it: "양자화" finds
 * the papers whose Korean abstract has the word, concept:quantization every paper on it in
 * either language. Exclusions and filters are kept.
 */
export function conceptQuery(query: ParsedQuery, slug: string): string {
  return [`concept:${slug}`, ...operators(query).filter((o) => o !== `concept:${slug}`)].join(" ");
}
