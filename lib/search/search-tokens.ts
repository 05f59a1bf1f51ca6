// Tokens shared by the index and the query, so that both backends see the same words.
// Hangul runs become overlapping syllable bigrams (no morphological analyser needed: "양자화를"
// indexes 양자, 자화, 화를 and the query "양자화" is the phrase 양자 자화); a one-syllable word is a
// token of its own (긴, 수); two Hangul words with only spaces between are also bridged by the
// bigram across the space, so that Korean written with and without spaces between the parts of a
// compound noun give the same sequence ("검색 증강 생성" and "검색증강생성" both read 검색 색증 증강
// 강생 생성). Other letters and digits are lower-cased, split where letters meet digits
// ("LLaMA-2" and "llama2" both give llama 2) and reduced to their singular ("adapters" gives adapter).

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

const LETTER = 1;
const DIGIT = 2;
const kinds = new Map<number, number>();

/** LETTER, DIGIT or 0 for a code point; Hangul syllables are handled before this. */
function kindOf(code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? DIGIT : 0;
  let kind = kinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? DIGIT : 0;
    kinds.set(code, kind);
  }
  return kind;
}

const isHangulCode = (code: number) => code >= 0xac00 && code <= 0xd7a3;

/**
 * Calls `emit` for each token of `text` in order, with its UTF-16 offsets; stops when it returns
 * false. Tokens come from runs of Hangul syllables, of digits, or of other letters. Scanned by
 * hand: a regular expression with matchAll was the largest cost of indexing at ingest.
 */
function eachToken(text: string, emit: (token: string, start: number, end: number) => boolean): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i)!;
    if (isHangulCode(code)) {
      let j = i + 1;
      while (j < n && isHangulCode(text.charCodeAt(j))) j++;
      // A syllable on its own is a word (긴, 수); after a Latin word or digit it is a particle (LoRA를).
      if (j === i + 1 && (i === 0 || kindOf(text.codePointAt(i - 1)!) === 0) && !emit(text[i]!, i, j)) return;
      for (let k = i; k + 1 < j; k++) if (!emit(text.slice(k, k + 2), k, k + 2)) return;
      let next = j;
      while (next < n && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 0xa0)) next++;
      if (next > j && next < n && isHangulCode(text.charCodeAt(next)) && !emit(text[j - 1]! + text[next]!, j - 1, next + 1)) return;
      i = j;
      continue;
    }
    const kind = kindOf(code);
    let j = i + (code > 0xffff ? 2 : 1);
    if (kind === 0) {
      i = j;
      continue;
    }
    for (let next = text.codePointAt(j); j < n && !isHangulCode(next!) && kindOf(next!) === kind; next = text.codePointAt(j)) j += next! > 0xffff ? 2 : 1;
    const lower = text.slice(i, Math.min(j, i + MAX_TOKEN_LENGTH)).toLowerCase();
    if (!emit(kind === DIGIT ? lower : singular(lower), i, j)) return;
    i = j;
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
