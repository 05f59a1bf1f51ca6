// Finding aliases in text: words are looked up in the tagger's tries, longest alias first,
// within phrases (runs of words joined only by spaces and hyphens).
import type { Tagger } from "./compile-tagger.ts";
import { koreanStems } from "./korean-particles.ts";
import { longestMatch } from "./token-trie.ts";
import type { Token } from "./tokenize.ts";

/** Words [from, to] of a text; `trim` characters of the last word are not part of the term. */
export type Match = { from: number; to: number; trim: number; slugs: string[] };

const NO_FORMS: string[] = [];

/** Other forms an English word can take at the end of an alias: its singular. */
function englishForms(word: string): string[] {
  if (word.charCodeAt(word.length - 1) !== 115 /* s */) return NO_FORMS;
  if (word.length > 3 && word.endsWith("es")) return [word.slice(0, -1), word.slice(0, -2)];
  return word.length > 2 ? [word.slice(0, -1)] : NO_FORMS;
}

/** Only spaces and hyphens between two words let them form one term. */
function joinable(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 0xa0 ||
      c === 45 ||
      c === 0x2010 ||
      c === 0x2013
    ))
      return false;
  }
  return true;
}

/**
 * Finds the longest alias at each word of each phrase (a run of words joined only by spaces and
 * hyphens: punctuation, or Hangul between two Latin words, ends it), left to right; a matched
 * span is not searched again. `at(start, end)` looks for an alias starting at word `start`
 * within the phrase that ends before word `end`.
 */
function scanPhrases(
  text: string,
  tokens: Token[],
  at: (start: number, end: number) => Omit<Match, "from"> | null,
): Match[] {
  const found: Match[] = [];
  let from = 0;
  for (let end = 1; end <= tokens.length; end++) {
    if (end < tokens.length && joinable(text, tokens[end - 1]!.end, tokens[end]!.start)) continue;
    for (let i = from; i < end;) {
      const hit = at(i, end);
      if (hit) {
        found.push({ ...hit, from: i });
        i = hit.to + 1;
      } else i += 1;
    }
    from = end;
  }
  return found;
}

export function matchLatin(tagger: Tagger, text: string, tokens: Token[]): Match[] {
  return scanPhrases(text, tokens, (i, end) => {
    const a = longestMatch(tagger.folded, tokens, i, end, false, englishForms);
    const b = longestMatch(tagger.exact, tokens, i, end, true, englishForms);
    if (!a && !b) return null;
    const to = Math.max(a?.end ?? -1, b?.end ?? -1);
    const slugs =
      a && b && a.end === b.end
        ? [...new Set([...a.slugs, ...b.slugs])]
        : (a?.end === to ? a : b)!.slugs;
    return { to, trim: 0, slugs };
  });
}

const koreanForms = (word: string) => koreanStems(word).slice(1);

/** As matchLatin, with particles allowed on an alias's last Korean word ("양자화를"). */
export function matchKorean(tagger: Tagger, text: string, tokens: Token[]): Match[] {
  return scanPhrases(text, tokens, (i, end) => {
    const hit = longestMatch(tagger.korean, tokens, i, end, false, koreanForms);
    return hit
      ? { to: hit.end, trim: tokens[hit.end]!.key.length - hit.lastLength, slugs: hit.slugs }
      : null;
  });
}
