// Tokens shared by the index and the query, so that both backends see the same words.
// Hangul runs become overlapping syllable bigrams (no morphological analyser needed: "양자화를"
// indexes 양자, 자화, 화를 and the query "양자화" is the phrase 양자 자화); other letters and digits
// are lower-cased, split where letters meet digits ("LLaMA-2" and "llama2" both give llama 2) and
// reduced to their singular ("adapters" gives adapter).

// A run of Hangul syllables, of digits, or of other letters.
const RUN = /[\uAC00-\uD7A3]+|\p{N}+|[^\P{L}\uAC00-\uD7A3]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Longer tokens are cut: PostgreSQL caps a lexeme at 2 KB, and no real word is this long. */
export const MAX_TOKEN_LENGTH = 60;
/** Tokens indexed per field; PostgreSQL cannot store positions past 16,383 (see docs/search.md). */
export const MAX_TOKENS_PER_FIELD = 4000;

export function isHangul(text: string): boolean {
  const code = text.charCodeAt(0);
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

/** A run of letters or digits as its token. */
function normalWord(run: string): string {
  const lower = run.slice(0, MAX_TOKEN_LENGTH).toLowerCase();
  return /^\p{N}/u.test(lower) ? lower : singular(lower);
}

/** Calls `emit` for each token of `text` in order, with its UTF-16 offsets; stops when it returns false. */
function eachToken(text: string, emit: (token: string, start: number, end: number) => boolean): void {
  for (const run of text.matchAll(RUN)) {
    const value = run[0];
    const at = run.index;
    if (isHangul(value)) {
      for (let i = 0; i + 1 < value.length; i++) if (!emit(value.slice(i, i + 2), at + i, at + i + 2)) return;
    } else if (!emit(normalWord(value), at, at + value.length)) return;
  }
}

export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

/** Tokens with their offsets into `text`: for highlighting matches. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  eachToken(text, (token, start, end) => spans.push({ token, start, end }) > 0);
  return spans;
}

export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC");
}

/** The words of a text as written between spaces and punctuation: the units of query terms. */
export function searchWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The tokens a field is indexed under, in order. */
export function searchTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  const tokens: string[] = [];
  eachToken(normalizeForSearch(text), (token) => tokens.push(token) < MAX_TOKENS_PER_FIELD);
  return tokens;
}
