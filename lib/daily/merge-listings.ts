import { parseArxivId } from "../ingest/arxiv-id.ts";
import type { SourceItem } from "../ingest/sources/source-item.ts";

export interface MergedListings {
  /** One record per paper, undated: the daily run puts papers in a digest itself. */
  items: SourceItem[];
  /**
   * arXiv ids (without version) of the papers new on the day: new submissions, cross-lists,
   * Hugging Face's picks.
   */
  candidates: Set<string>;
  /** Records that named a paper already named (a cross-list in a second category's feed). */
  merged: number;
}

const idOf = (item: SourceItem) =>
  typeof item.fields.arxivId === "string" ? (parseArxivId(item.fields.arxivId)?.id ?? null) : null;
const versionOf = (item: SourceItem) =>
  typeof item.fields.arxivId === "string" ? (parseArxivId(item.fields.arxivId)?.version ?? 0) : 0;
// A replacement is a new version of an older paper: it updates the paper, it is not the day's news.
const isNews = (item: SourceItem) => !item.announced?.startsWith("replace");

/**
 * One day's listings as one set of papers: arXiv's (each category's feed lists a cross-listed
 * paper again) and Hugging Face's (whose upvotes and links join the arXiv record of the same
 * paper). The newest version of a paper is kept.
 */
export function mergeListings(arxiv: SourceItem[], huggingFace: SourceItem[]): MergedListings {
  const byId = new Map<string, SourceItem>();
  const items: SourceItem[] = [];
  const candidates = new Set<string>();
  let merged = 0;
  for (const item of arxiv) {
    const id = idOf(item);
    const dated = { ...item, date: null };
    if (id === null) {
      items.push(dated);
      continue;
    }
    if (isNews(item)) candidates.add(id);
    const first = byId.get(id);
    if (!first) {
      byId.set(id, dated);
      items.push(dated);
      continue;
    }
    merged += 1;
    if (versionOf(item) > versionOf(first)) {
      items[items.indexOf(first)] = dated;
      byId.set(id, dated);
    }
  }
  for (const item of huggingFace) {
    const id = idOf(item);
    if (id !== null) candidates.add(id);
    const listed = id === null ? undefined : byId.get(id);
    if (!listed) {
      items.push({ ...item, date: null });
      continue;
    }
    merged += 1;
    const { hfUpvotes, codeUrl, projectUrl } = item.fields;
    items[items.indexOf(listed)] = {
      ...listed,
      fields: { ...listed.fields, hfUpvotes, codeUrl, projectUrl },
    };
  }
  return { items, candidates, merged };
}
