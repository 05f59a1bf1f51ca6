// Words LLM abstracts use, with the Korean renderings translators give them
// (content/content-words.tsv): enough to tell whether an English sentence's content is in a
// Korean sentence at all (a sentence a translation left out keeps none of its own words), never
// to judge how well it is rendered. English is matched by word beginnings ("evaluat" finds
// evaluate, evaluation, evaluating); Korean by any of its renderings, spaces ignored.
import { readFileSync } from "node:fs";
import path from "node:path";

export const CONTENT_WORDS_FILE = path.join("content", "content-words.tsv");

interface Entry {
  stem: string;
  renderings: string[];
}

/** The file's entries; a malformed line stops with the file, line and what is wrong. */
export function parseContentWords(text: string, file = CONTENT_WORDS_FILE): Entry[] {
  const seen = new Set<string>();
  return text
    .normalize("NFC")
    .split("\n")
    .map((line, i) => ({ line: line.trimEnd(), number: i + 1 }))
    .filter(({ line }) => line.trim() && !line.startsWith("#"))
    .map(({ line, number }) => {
      const [stem = "", renderings = "", ...rest] = line.split("\t");
      const where = `${file}:${number}`;
      if (!/^[a-z][a-z-]{2,}$/.test(stem))
        throw new Error(`${where}: "${stem}" is not a lower-case stem of 3 letters or more`);
      if (seen.has(stem)) throw new Error(`${where}: "${stem}" is listed twice`);
      const list = renderings.split("|").map((r) => r.replace(/\s+/g, ""));
      if (rest.length > 0 || list.some((r) => !r))
        throw new Error(`${where}: expected stem<TAB>rendering|rendering|...`);
      seen.add(stem);
      return { stem, renderings: list };
    });
}

// Entries by their first three letters: a sentence's words look up only the stems they may begin with.
let byPrefix: Map<string, Entry[]> | undefined;
function lookup(): Map<string, Entry[]> {
  if (byPrefix) return byPrefix;
  byPrefix = new Map();
  for (const entry of parseContentWords(readFileSync(CONTENT_WORDS_FILE, "utf8"))) {
    const key = entry.stem.slice(0, 3);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), entry]);
  }
  return byPrefix;
}

export interface ContentWord {
  stem: string;
  /** The first word the stem begins in the sentence. */
  text: string;
  renderings: string[];
}

// A word as matched: from any word start (after a hyphen too), letters and hyphens
// ("fine-tuning" is read as fine-tuning and as tuning).
const WORD = /(?<![A-Za-z0-9_])(?=([A-Za-z][A-Za-z-]*))/g;
// A capital after the first letter makes a name (CAMERA-Q, DeepSeek): names are anchors of their own.
const nameLike = (word: string) => /.\p{Lu}/u.test(word);

/** The listed words an English sentence uses, each once, in the order it first uses them. */
export function contentWords(english: string): ContentWord[] {
  const stems = lookup();
  const found = new Map<string, ContentWord>();
  for (const [, text = ""] of english.matchAll(WORD)) {
    if (nameLike(text)) continue;
    const lower = text.toLowerCase();
    for (const { stem, renderings } of stems.get(lower.slice(0, 3)) ?? []) {
      if (lower.startsWith(stem) && !found.has(stem)) found.set(stem, { stem, text, renderings });
    }
  }
  return [...found.values()];
}
