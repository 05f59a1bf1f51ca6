export interface ArxivId {
  id: string;
  version: number | null;
}

// New-style ids (since 2007: 0704.0001, 2312.04876) and old-style ones (hep-th/9901001, math.AG/0601001).
const ARXIV_ID = /^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/i;

/** Parses an arXiv identifier as people write it: with or without "arXiv:" and a version. */
export function parseArxivId(raw: string): ArxivId | null {
  const match = ARXIV_ID.exec(raw.trim());
  if (!match?.[1]) return null;
  const id = match[1].includes("/") ? match[1].replace(/^[a-z-]+/i, (archive) => archive.toLowerCase()) : match[1];
  return { id, version: match[2] ? Number(match[2]) : null };
}
