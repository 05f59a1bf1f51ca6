import { wordTokens, type Phrase } from "./parse-query.ts";
import type { NamedConcept } from "./query-concepts.ts";

/**
 * At most this many of a concept's names stand in for the words that name it: each is a phrase
 * every search scores.
 */
const MAX_ALTERNATIVES = 12;

/**
 * A required term of a search: the query's phrases [from, to) matched as written, or by any
 * alternative.
 */
export interface WordTerm {
  from: number;
  to: number;
  tokens: string[];
  alternatives: string[][];
  /** The concepts whose names are the alternatives. */
  conceptIds: number[];
}

/** Whether `inner` occurs in `outer` as adjacent tokens. */
function within(inner: string[], outer: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++)
    if (inner.every((token, j) => outer[i + j] === token)) return true;
  return false;
}

/**
 * The names that match something the words and the other names do not (a name holding another
 * adds no paper), in the order given (a concept's own names before its narrower concepts'), at
 * most MAX_ALTERNATIVES.
 */
function alternativesTo(tokens: string[], names: string[][]): string[][] {
  const kept: string[][] = [];
  for (const name of names) {
    if (within(tokens, name) || kept.some((k) => within(k, name))) continue;
    for (let i = kept.length - 1; i >= 0; i--) if (within(name, kept[i]!)) kept.splice(i, 1);
    kept.push(name);
  }
  return kept.slice(0, MAX_ALTERNATIVES);
}

/**
 * The query's words as search terms: each phrase on its own, except that unquoted words that name
 * a concept become one term, matched as written (the words adjacent) or by any of the concept's
 * names in either language: "양자화" also finds papers that write quantization, "로라" those that
 * write LoRA. Quoted phrases are matched as written only.
 */
export function wordTerms(phrases: Phrase[], named: NamedConcept[]): WordTerm[] {
  const usable = named.filter(
    (n) => n.whole && n.to > n.from && phrases.slice(n.from, n.to).every((p) => !p.quoted),
  );
  const terms: WordTerm[] = [];
  for (let i = 0; i < phrases.length; ) {
    const longest = usable.filter((n) => n.from === i).sort((a, b) => b.to - a.to)[0];
    if (!longest) {
      terms.push({
        from: i,
        to: i + 1,
        tokens: phrases[i]!.tokens,
        alternatives: [],
        conceptIds: [],
      });
      i++;
      continue;
    }
    const concepts = usable.filter((n) => n.from === i && n.to === longest.to);
    const tokens =
      longest.to - i > 1
        ? wordTokens(
            phrases
              .slice(i, longest.to)
              .map((p) => p.text)
              .join(" "),
          )
        : phrases[i]!.tokens;
    terms.push({
      from: i,
      to: longest.to,
      tokens,
      alternatives: alternativesTo(
        tokens,
        concepts.flatMap((c) => c.names),
      ),
      conceptIds: concepts.map((c) => c.conceptId),
    });
    i = longest.to;
  }
  return terms;
}
