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
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2013)) return false;
  }
  return true;
}

/**
 * Runs of words that can form one term. Anything but spaces and hyphens (punctuation, or
 * Hangul between two Latin words) ends a run.
 */
function phrases(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  for (const [i, token] of tokens.entries()) {
    if (i > 0 && joinable(text, tokens[i - 1]!.end, token.start)) runs.at(-1)!.push(token);
    else runs.push([token]);
  }
  return runs;
}

/** Longest alias at each word of each phrase, left to right; a matched span is not searched again. */
function scanPhrases(text: string, tokens: Token[], match: (run: Token[]) => (start: number) => Omit<Match, "from"> | null): Match[] {
  const found: Match[] = [];
  let offset = 0;
  for (const run of phrases(text, tokens)) {
    const at = match(run);
    for (let i = 0; i < run.length; ) {
      const hit = at(i);
      if (hit) {
        found.push({ ...hit, from: offset + i, to: offset + hit.to });
        i = hit.to + 1;
      } else i += 1;
    }
    offset += run.length;
  }
  return found;
}

export function matchLatin(tagger: Tagger, text: string, tokens: Token[]): Match[] {
  return scanPhrases(text, tokens, (run) => {
    const folded = run.map((t) => t.key);
    const exact = run.map((t) => t.text);
    return (i) => {
      const a = longestMatch(tagger.folded, folded, i, englishForms);
      const b = longestMatch(tagger.exact, exact, i, englishForms);
      if (!a && !b) return null;
      const end = Math.max(a?.end ?? -1, b?.end ?? -1);
      const slugs = a && b && a.end === b.end ? [...new Set([...a.slugs, ...b.slugs])] : (a?.end === end ? a : b)!.slugs;
      return { to: end, trim: 0, slugs };
    };
  });
}

const koreanForms = (word: string) => koreanStems(word).slice(1);

/** As matchLatin, with particles allowed on an alias's last Korean word ("양자화를"). */
export function matchKorean(tagger: Tagger, text: string, tokens: Token[]): Match[] {
  return scanPhrases(text, tokens, (run) => {
    const words = run.map((t) => t.key);
    return (i) => {
      const hit = longestMatch(tagger.korean, words, i, koreanForms);
      return hit ? { to: hit.end, trim: words[hit.end]!.length - hit.lastLength, slugs: hit.slugs } : null;
    };
  });
}
