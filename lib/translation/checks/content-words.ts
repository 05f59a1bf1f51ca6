// Words LLM abstracts use, with the Korean renderings translators give them
// (content/content-words.tsv): enough to tell whether an English sentence's content is in a
// Korean sentence at all (a sentence a translation left out keeps none of its own words), never
// to judge how well it is rendered. English is matched by word beginnings ("evaluat" finds
// evaluate, evaluation, evaluating); Korean by any of its renderings, spaces ignored.
import { readFileSync } from "node:fs";
import path from "node:path";

export const CONTENT_WORDS_FILE = path.join("content", "content-words.tsv");

interface Entry {
  pattern: RegExp;
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
      return { pattern: new RegExp(`\\b${stem}[a-z-]*`, "i"), stem, renderings: list };
    });
}

let entries: Entry[] | undefined;
const loaded = () =>
  (entries ??= parseContentWords(readFileSync(CONTENT_WORDS_FILE, "utf8")));

export interface ContentWord {
  stem: string;
  /** The first word the stem begins in the sentence. */
  text: string;
  renderings: string[];
}

/** The listed words an English sentence uses, each once. */
export function contentWords(english: string): ContentWord[] {
  return loaded().flatMap(({ pattern, stem, renderings }) => {
    const found = pattern.exec(english);
    return found ? [{ stem, text: found[0], renderings }] : [];
  });
}
