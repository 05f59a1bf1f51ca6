import { politeGet, type PoliteGet, type PoliteOptions } from "./polite-fetch.ts";
import { parseArxivRss, type ArxivListing } from "./sources/parse-arxiv-rss.ts";

export const ARXIV_RSS_URL = "https://rss.arxiv.org/rss";

/**
 * A client of arXiv's new-submission feeds (rss.arxiv.org/rss/<category>): each call fetches
 * one category's latest listing, politely spaced like every call to arXiv.
 */
export function arxivRssClient(
  options: PoliteOptions & { baseUrl?: string } = {},
): (category: string) => Promise<ArxivListing> {
  const base = (options.baseUrl ?? ARXIV_RSS_URL).replace(/\/+$/, "");
  // arXiv asks for 3 seconds between calls.
  const get: PoliteGet = politeGet({ delayMs: 3000, ...options, accept: "application/rss+xml" });
  return async (category) => parseArxivRss(await get(`${base}/${encodeURIComponent(category)}`));
}
