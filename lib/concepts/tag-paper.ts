import { ASSIGN_THRESHOLD, NOTHING, type Tagger } from "./compile-tagger.ts";
import { koreanStems } from "./korean-particles.ts";
import { longestMatch } from "./token-trie.ts";
import { mentionContext } from "./mention-context.ts";
import { HANGUL, koreanTokens, latinTokens, type Token } from "./tokenize.ts";

export type TextField = "title" | "abstractEn" | "titleKo" | "abstractKo";

export interface PaperText {
  title: string;
  abstractEn: string;
  titleKo?: string | null;
  abstractKo?: string | null;
}

export interface Evidence {
  field: TextField;
  /** UTF-16 offsets into the stored (NFC) field text. */
  start: number;
  end: number;
  text: string;
}

export interface ConceptTag {
  slug: string;
  score: number;
  method: "lexical" | "implied";
  implied: boolean;
  evidence: Evidence[];
}

interface Mention extends Evidence {
  slugs: string[];
  weight: number;
}

const TITLE_WEIGHT = 3;
const NEGATED = 0.2;
const BASELINE = 0.4;
const SUBJECT = 1.5;
/** Each further mention in a field counts less than the one before. */
const REPEAT_DECAY = 0.5;

/** Words [from, to] of a text; `trim` characters of the last word are not part of the term. */
type Match = { from: number; to: number; trim: number; slugs: string[] };

const NO_FORMS: string[] = [];

/** Forms an English word can take at the end of an alias: itself, or its singular. */
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

function matchLatin(tagger: Tagger, text: string, tokens: Token[]): Match[] {
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
function matchKorean(tagger: Tagger, text: string, tokens: Token[]): Match[] {
  return scanPhrases(text, tokens, (run) => {
    const words = run.map((t) => t.key);
    return (i) => {
      const hit = longestMatch(tagger.korean, words, i, koreanForms);
      return hit ? { to: hit.end, trim: words[hit.end]!.length - hit.lastLength, slugs: hit.slugs } : null;
    };
  });
}

function mentionsIn(tagger: Tagger, field: TextField, text: string): Mention[] {
  const korean = HANGUL.test(text);
  const mentions: Mention[] = [];
  const collect = (tokens: Token[], matches: Match[]) => {
    for (const { from, to, trim, slugs } of matches) {
      const start = tokens[from]!.start;
      const end = tokens[to]!.end - trim;
      let weight = 1;
      if (field === "title" || field === "titleKo") weight = TITLE_WEIGHT;
      else {
        const context = mentionContext(text, start, end, korean);
        if (context.negated) weight *= NEGATED;
        else if (context.baseline && !context.subject) weight *= BASELINE;
        else if (context.subject) weight *= SUBJECT;
      }
      mentions.push({ field, start, end, text: text.slice(start, end), slugs, weight });
    }
  };
  const latin = latinTokens(text);
  collect(latin, matchLatin(tagger, text, latin));
  if (korean) {
    const hangul = koreanTokens(text);
    // Latin terms inside Korean text were matched above; keep Korean matches that do not overlap them.
    const taken = mentions.map((m) => [m.start, m.end] as const);
    const matches = matchKorean(tagger, text, hangul).filter(({ from, to }) => !taken.some(([s, e]) => hangul[from]!.start < e && s < hangul[to]!.end));
    collect(hangul, matches);
  }
  return mentions;
}

function fieldScore(weights: number[]): number {
  return weights.sort((a, b) => b - a).reduce((sum, w, i) => sum + w * REPEAT_DECAY ** i, 0);
}

/**
 * The concepts a paper is about, with evidence. English and Korean are scored separately and
 * the stronger counts (a translation repeats its original). Ancestors of assigned concepts
 * are added as implied.
 */
export function tagPaper(tagger: Tagger, paper: PaperText): ConceptTag[] {
  const fields: [TextField, string | null | undefined][] = [["title", paper.title], ["abstractEn", paper.abstractEn], ["titleKo", paper.titleKo], ["abstractKo", paper.abstractKo]];
  const bySlug = new Map<string, Mention[]>();
  for (const [field, text] of fields) {
    if (!text) continue;
    for (const mention of mentionsIn(tagger, field, text)) {
      for (const slug of mention.slugs) if (slug !== NOTHING) bySlug.set(slug, [...(bySlug.get(slug) ?? []), mention]);
    }
  }

  const tags = new Map<string, ConceptTag>();
  for (const [slug, mentions] of bySlug) {
    const weights = (fields: TextField[]) => fieldScore(mentions.filter((m) => fields.includes(m.field)).map((m) => m.weight));
    const english = Math.min(TITLE_WEIGHT, weights(["title"])) + weights(["abstractEn"]);
    const korean = Math.min(TITLE_WEIGHT, weights(["titleKo"])) + weights(["abstractKo"]);
    const score = Math.round(Math.max(english, korean) * 100) / 100;
    if (score < (tagger.concepts.get(slug)?.minScore ?? ASSIGN_THRESHOLD)) continue;
    tags.set(slug, { slug, score, method: "lexical", implied: false, evidence: mentions.map(({ field, start, end, text }) => ({ field, start, end, text })) });
  }
  for (const tag of [...tags.values()]) {
    for (const ancestor of tagger.concepts.get(tag.slug)?.ancestors ?? []) {
      const existing = tags.get(ancestor);
      if (!existing) tags.set(ancestor, { slug: ancestor, score: tag.score, method: "implied", implied: true, evidence: [] });
      else if (existing.implied) existing.score = Math.max(existing.score, tag.score);
    }
  }
  return [...tags.values()].sort((a, b) => Number(a.implied) - Number(b.implied) || b.score - a.score || a.slug.localeCompare(b.slug));
}
