// Tokens shared by the index and the query, so that both backends see the same words.
// Hangul runs become overlapping syllable bigrams (no morphological analyser needed: "양자화를"
// indexes 양자, 자화, 화를 and the query "양자화" is the phrase 양자 자화); other letters and digits
// are lower-cased, split where letters meet digits ("LLaMA-2" and "llama2" both give llama 2) and
// reduced to their singular ("adapters" gives adapter).
const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL_RUN = /[\uAC00-\uD7A3]+|[^\uAC00-\uD7A3]+/g;
const LETTERS_OR_DIGITS = /\p{N}+|[^\p{N}]+/gu;

/** Longer tokens are cut: PostgreSQL caps a lexeme at 2 KB, and no real word is this long. */
export const MAX_TOKEN_LENGTH = 60;
/** Tokens indexed per field; PostgreSQL cannot store positions past 16,383 (see docs/search.md). */
export const MAX_TOKENS_PER_FIELD = 4000;

export function isHangul(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * Harman's S-stemmer: plurals only. Porter-style stemming also folds "adaptive" and "adapting"
 * into "adapt", which floods results with unrelated papers.
 */
export function singular(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) return word.slice(0, -1);
  if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function latinToken(part: string): string {
  const lower = part.toLowerCase().slice(0, MAX_TOKEN_LENGTH);
  return /^\p{N}/u.test(lower) ? lower : singular(lower);
}

export interface TokenSpan {
  token: string;
  /** UTF-16 offsets into the word. */
  start: number;
  end: number;
}

/** The tokens of one word as written between spaces and punctuation ("양자화를"; "LLaMA-2" is two words). */
export function wordTokenSpans(word: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const run of word.matchAll(HANGUL_RUN)) {
    if (isHangul(run[0])) {
      for (let i = 0; i + 1 < run[0].length; i++) spans.push({ token: run[0].slice(i, i + 2), start: run.index + i, end: run.index + i + 2 });
    } else {
      for (const part of run[0].matchAll(LETTERS_OR_DIGITS)) spans.push({ token: latinToken(part[0]), start: run.index + part.index, end: run.index + part.index + part[0].length });
    }
  }
  return spans;
}

export function wordTokens(word: string): string[] {
  return wordTokenSpans(word).map((span) => span.token);
}

export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC");
}

/** Every word of a text, as written: the units of query terms and of snippet highlighting. */
export function searchWords(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The tokens a field is indexed under, in order. */
export function searchTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  const tokens: string[] = [];
  for (const { word } of searchWords(normalizeForSearch(text))) {
    for (const token of wordTokens(word)) {
      if (tokens.length === MAX_TOKENS_PER_FIELD) return tokens;
      tokens.push(token);
    }
  }
  return tokens;
}
