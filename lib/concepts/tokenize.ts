export interface Token {
  /** As written, for case-sensitive matching. */
  text: string;
  /** Lower-cased, for case-insensitive matching. */
  key: string;
  start: number;
  end: number;
}

// Korean text splits at spaces and punctuation; a token is a word with its particles ("양자화를").
const KOREAN = /[^\s.,;:!?()[\]{}"'“”‘’·…/\\<>$=+*&|~^`]+/g;

function scan(text: string, pattern: RegExp): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(pattern)) {
    tokens.push({ text: match[0], key: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlphanumeric = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Latin-script tokens: runs of ASCII letters and digits, keeping decimals and version dots
 * together ("Qwen2.5", "3.1"), as /[A-Za-z0-9]+(?:\.[0-9]+)*\/g would, without a regular
 * expression: every abstract is read this way. Hyphens and spaces both separate, so "low-rank"
 * and "low rank" agree.
 */
export function latinTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAlphanumeric(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < n && isAlphanumeric(text.charCodeAt(i))) i += 1;
    while (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(text.charCodeAt(i))) i += 1;
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, key: word.toLowerCase(), start, end: i });
  }
  return tokens;
}

export function koreanTokens(text: string): Token[] {
  return scan(text, KOREAN);
}

export const HANGUL = /[\uAC00-\uD7A3]/;

/** An alias as the keys the matcher looks up: its tokens joined by one space. */
export function aliasKey(alias: string, caseSensitive: boolean): string {
  const tokens = (HANGUL.test(alias) ? koreanTokens(alias) : latinTokens(alias)).map((t) => (caseSensitive ? t.text : t.key));
  return tokens.join(" ");
}
