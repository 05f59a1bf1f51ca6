export interface Token {
  /** As written, for case-sensitive matching. */
  text: string;
  /** Lower-cased, for case-insensitive matching. */
  key: string;
  start: number;
  end: number;
}

// Latin words and numbers, keeping decimals and version dots together ("Qwen2.5", "3.1").
const LATIN = /[A-Za-z0-9]+(?:\.[0-9]+)*/g;
// Korean text splits at spaces and punctuation; a token is a word with its particles ("양자화를").
const KOREAN = /[^\s.,;:!?()[\]{}"'“”‘’·…/\\<>$=+*&|~^`]+/g;

function scan(text: string, pattern: RegExp): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(pattern)) {
    tokens.push({ text: match[0], key: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Latin-script tokens; hyphens and spaces both separate, so "low-rank" and "low rank" agree. */
export function latinTokens(text: string): Token[] {
  return scan(text, LATIN);
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
