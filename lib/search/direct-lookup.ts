import type { Db } from "../db/create-db.ts";
import { parseArxivId } from "../ingest/arxiv-id.ts";

/** Papers a query names outright: by arXiv id or address, or by an author's name. */
export interface DirectLookup {
  kind: "arxiv" | "author";
  /** The id or the name as stored. */
  value: string;
  paperIds: number[];
}

// arxiv.org/abs/2508.21085v2, /pdf/2508.21085.pdf, /html/2508.21085: the id is what follows.
const ARXIV_URL =
  /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/i;
// Names as people write them: letters (any script), dots, apostrophes and hyphens; two to six words
// (one word is more often a term than a name).
const NAME = /^[\p{L}][\p{L}.'\u2019-]*(?: [\p{L}][\p{L}.'\u2019-]*){1,5}$/u;

const titleCase = (name: string) =>
  name.replace(
    /(^|[\s-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );

/**
 * The papers `words` (a query's words, filters apart) name: an arXiv id or address ("2508.21085",
 * "arXiv:2508.21085v2", "https://arxiv.org/abs/2508.21085"), else an author's name as stored,
 * written in any case ("ziyi cao"). Null when the words are none of these.
 */
export async function directLookup(db: Db, words: string): Promise<DirectLookup | null> {
  const text = words.trim().replace(/\s+/g, " ");
  const arxiv = parseArxivId(ARXIV_URL.exec(text)?.[1] ?? text);
  if (arxiv) {
    const paper = await db.paper.findFirst({ where: { arxivId: arxiv.id }, select: { id: true } });
    return { kind: "arxiv", value: arxiv.id, paperIds: paper ? [paper.id] : [] };
  }
  if (!NAME.test(text) || text.length > 100) return null;
  const authors = await db.author.findMany({
    where: { name: { in: [...new Set([text, titleCase(text), titleCase(text.toLowerCase())])] } },
    select: { name: true, papers: { select: { paperId: true } } },
    orderBy: { id: "asc" },
  });
  const [author] = authors;
  return author
    ? { kind: "author", value: author.name, paperIds: author.papers.map((p) => p.paperId) }
    : null;
}
