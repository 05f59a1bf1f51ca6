import { parseArxivId } from "../ingest/arxiv-id.ts";

export type PaperKey = { id: number } | { arxivId: string };

/** Reads "42" as a paper id and "2312.04876" or "2312.04876v2" as an arXiv id; anything else is null. */
export function parsePaperKey(raw: string): PaperKey | null {
  let key: string;
  try {
    key = decodeURIComponent(raw).trim();
  } catch {
    return null;
  }
  if (/^\d{1,9}$/.test(key)) return { id: Number(key) };
  const arxiv = parseArxivId(key);
  return arxiv ? { arxivId: arxiv.id } : null;
}
