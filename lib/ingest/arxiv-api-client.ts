import { politeGet, ServiceUnreachableError, type PoliteOptions } from "./polite-fetch.ts";
import { parseArxivAtom, type ArxivAtomFeed } from "./sources/parse-arxiv-atom.ts";

export const ARXIV_API_URL = "https://export.arxiv.org/api/query";

export interface ArxivClientOptions extends PoliteOptions {
  baseUrl?: string;
  pageSize?: number;
  /** Stop after this many results even if the query has more. */
  maxResults?: number;
}

export { ServiceUnreachableError as ArxivUnreachableError };

/**
 * Pages through an arXiv API query (search_query syntax, e.g. "cat:cs.CL AND
 * submittedDate:[202312070000 TO 202312080000]"), waiting between calls as arXiv asks and
 * retrying failures with backoff (honouring Retry-After). Yields each page's parsed feed.
 */
export async function* fetchArxivQuery(query: string, options: ArxivClientOptions = {}): AsyncGenerator<ArxivAtomFeed & { url: string }> {
  const { baseUrl = ARXIV_API_URL, pageSize = 100, maxResults = Infinity } = options;
  // arXiv asks for 3 seconds between calls.
  const get = politeGet({
    delayMs: 3000,
    ...options,
    accept: "application/atom+xml",
    describeError: (body) => (body.includes("<feed") ? safeError(body) : null),
  });
  for (let start = 0; start < maxResults; start += pageSize) {
    const url = `${baseUrl}?${new URLSearchParams({ search_query: query, start: String(start), max_results: String(Math.min(pageSize, maxResults - start)), sortBy: "submittedDate", sortOrder: "ascending" })}`;
    const feed = parseArxivAtom(await get(url));
    yield { ...feed, url };
    const total = feed.totalResults ?? 0;
    if (feed.items.length === 0 || start + feed.items.length >= total) return;
  }
}

function safeError(body: string): string {
  try {
    parseArxivAtom(body);
    return "no detail";
  } catch (error) {
    return (error as Error).message;
  }
}
