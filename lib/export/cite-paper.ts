// A paper as a reference manager wants it: a BibTeX entry (arXiv's own @misc form) and the
// citation_* meta tags Google Scholar and Zotero read from a page.
import { findInlineMath } from "../text/inline-math.ts";

export interface CitablePaper {
  arxivId: string | null;
  title: string;
  authors: string[];
  categories: string[];
  primaryCategory: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  links: { abs: string; pdf: string } | null;
}

/** The publication day: as given, else the month an arXiv id (2508.12345) names. */
function publicationDay(paper: CitablePaper): string | null {
  if (paper.publishedAt) return paper.publishedAt.slice(0, 10);
  const yymm = /^(\d\d)(\d\d)\./.exec(paper.arxivId ?? "");
  return yymm ? `20${yymm[1]}-${yymm[2]}-01` : null;
}

// A word with two capitals (LLM, LoRA) or a capital after a small letter (vLLM), not inside a command.
const CASED_WORD = new RegExp(
  String.raw`(?<![\\{\p{L}\p{N}])([\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*` +
    String.raw`|[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*)`,
  "gu",
);

/** "Ziyi Cao" as BibTeX's "Cao, Ziyi"; a name written "Cao, Ziyi" or of one word stays. */
function bibtexName(name: string): string {
  if (name.includes(",")) return name;
  const parts = name.trim().split(/\s+/);
  return parts.length < 2 ? name : `${parts.at(-1)}, ${parts.slice(0, -1).join(" ")}`;
}

/**
 * A title as BibTeX keeps it: TeX as written, special characters outside math escaped, and
 * words with capitals inside them (LLM, KV, LoRA) braced so that styles do not lower them.
 */
function bibtexTitle(title: string): string {
  const math = findInlineMath(title);
  let out = "";
  let at = 0;
  for (const span of [...math, { start: title.length, end: title.length }]) {
    out += title
      .slice(at, span.start)
      .replace(/(?<!\\)([&%#_])/g, "\\$1")
      .replace(CASED_WORD, "{$1}");
    out += title.slice(span.start, span.end);
    at = span.end;
  }
  return out.trim();
}

// Letters NFKD does not take apart into a Latin letter and a mark.
const LETTERS: Record<string, string> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  đ: "d",
  Đ: "D",
  ı: "i",
};
const asciiWord = (text: string) =>
  text
    .replace(/[łŁøØßæÆœŒđĐı]/g, (c) => LETTERS[c]!)
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
const STOP = new Set([
  "a",
  "an",
  "the",
  "on",
  "of",
  "for",
  "in",
  "to",
  "and",
  "with",
  "via",
  "towards",
  "toward",
  "from",
  "is",
  "are",
]);

/**
 * A citation key as arXiv's listings and Google Scholar make them: first author's family name,
 * year, first word of the title.
 */
export function citationKey(paper: CitablePaper): string {
  const family =
    asciiWord(bibtexName(paper.authors[0] ?? "anonymous").split(",")[0]!) || "anonymous";
  const year = publicationDay(paper)?.slice(0, 4) ?? "";
  const word =
    paper.title
      .split(/[^\p{L}\p{N}]+/u)
      .map(asciiWord)
      .find((w) => w.length > 1 && !STOP.has(w)) ?? "";
  return `${family}${year}${word}`;
}

export function bibtexEntry(paper: CitablePaper): string {
  const fields: [string, string][] = [
    ["title", bibtexTitle(paper.title)],
    ["author", paper.authors.map(bibtexName).join(" and ")],
    ["year", publicationDay(paper)?.slice(0, 4) ?? ""],
    ...(paper.arxivId
      ? ([
          ["eprint", paper.arxivId],
          ["archivePrefix", "arXiv"],
          ["primaryClass", paper.primaryCategory ?? paper.categories[0] ?? ""],
        ] as [string, string][])
      : []),
    ["url", paper.links?.abs ?? ""],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields
    .filter(([, value]) => value)
    .map(([name, value]) => `  ${name.padEnd(width)} = {${value.replace(/\s+/g, " ")}},`);
  return `@misc{${citationKey(paper)},\n${lines.join("\n")}\n}\n`;
}

/**
 * Authors named in citation_author tags. A collaboration's thousands would make the page's head
 * (sent twice, as HTML and in React's payload) larger than its body; the BibTeX entry has all.
 */
export const MAX_CITATION_AUTHORS = 100;

/**
 * The citation_* meta tags of a paper's page (Highwire Press tags, as Google Scholar documents
 * them).
 */
export function citationMeta(paper: CitablePaper): Record<string, string | string[]> {
  const day = publicationDay(paper);
  return {
    citation_title: paper.title,
    ...(paper.authors.length
      ? { citation_author: paper.authors.slice(0, MAX_CITATION_AUTHORS) }
      : {}),
    ...(day ? { citation_publication_date: day.replaceAll("-", "/") } : {}),
    ...(paper.arxivId ? { citation_arxiv_id: paper.arxivId } : {}),
    ...(paper.links
      ? { citation_pdf_url: paper.links.pdf, citation_abstract_html_url: paper.links.abs }
      : {}),
  };
}
