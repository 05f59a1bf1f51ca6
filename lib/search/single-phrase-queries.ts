import type { ParsedQuery, Phrase } from "./parse-query.ts";

const written = (phrase: Phrase) => (/\s/.test(phrase.text) ? `"${phrase.text}"` : phrase.text);

/**
 * For each phrase of a query, the query text with that phrase as its only words: what to offer
 * when all of them together find nothing. Exclusions and filters are kept.
 */
export function singlePhraseQueries(query: ParsedQuery): { index: number; q: string }[] {
  const operators = [
    ...query.excludes.map((p) => `-${written(p)}`),
    ...query.concepts.map((slug) => `concept:${slug}`),
    ...query.categories.map((category) => `cat:${category}`),
    ...(query.from ? [`from:${query.from}`] : []),
    ...(query.to ? [`to:${query.to}`] : []),
  ];
  return query.phrases.map((phrase, index) => ({ index, q: [written(phrase), ...operators].join(" ") }));
}
