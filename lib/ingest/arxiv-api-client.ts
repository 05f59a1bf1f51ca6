import { parseArxivAtom, type ArxivAtomFeed } from "./sources/parse-arxiv-atom.ts";

export const ARXIV_API_URL = "https://export.arxiv.org/api/query";

export interface ArxivClientOptions {
  baseUrl?: string;
  pageSize?: number;
  /** arXiv asks for at least 3 seconds between calls. */
  delayMs?: number;
  maxRetries?: number;
  /** Stop after this many results even if the query has more. */
  maxResults?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  onRequest?: (url: string, attempt: number) => void;
}

export class ArxivUnreachableError extends Error {}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * Pages through an arXiv API query (search_query syntax, e.g. "cat:cs.CL AND
 * submittedDate:[202312070000 TO 202312080000]"), waiting between calls as arXiv asks and
 * retrying failures with backoff (honouring Retry-After). Yields each page's parsed feed.
 */
export async function* fetchArxivQuery(query: string, options: ArxivClientOptions = {}): AsyncGenerator<ArxivAtomFeed & { url: string }> {
  const { baseUrl = ARXIV_API_URL, pageSize = 100, delayMs = 3000, maxRetries = 4, maxResults = Infinity } = options;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? sleepFor;
  let lastCall = 0;
  for (let start = 0; start < maxResults; start += pageSize) {
    const url = `${baseUrl}?${new URLSearchParams({ search_query: query, start: String(start), max_results: String(Math.min(pageSize, maxResults - start)), sortBy: "submittedDate", sortOrder: "ascending" })}`;
    let text: string | null = null;
    for (let attempt = 0; text === null; attempt++) {
      // Counted from the end of the previous call, so arXiv never sees two calls closer than delayMs.
      const wait = lastCall + delayMs - Date.now();
      if (wait > 0) await sleep(wait);
      options.onRequest?.(url, attempt);
      let response: Response;
      try {
        response = await doFetch(url, { headers: { "User-Agent": "PaperBridge (https://github.com/paperbridge)" } });
        lastCall = Date.now();
      } catch (error) {
        lastCall = Date.now();
        if (attempt >= maxRetries) {
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
          throw new ArxivUnreachableError(`cannot reach ${new URL(baseUrl).host} (${cause}) after ${attempt + 1} attempts; check the network or try later`);
        }
        await sleep(delayMs * 2 ** attempt);
        continue;
      }
      if (response.ok) {
        text = await response.text();
      } else if ((response.status === 429 || response.status >= 500) && attempt < maxRetries) {
        await sleep(retryAfterMs(response.headers.get("retry-after")) ?? delayMs * 2 ** attempt);
      } else {
        const body = await response.text().catch(() => "");
        const detail = body.includes("<feed") ? ` (${safeError(body)})` : "";
        throw new ArxivUnreachableError(`${new URL(baseUrl).host} answered ${response.status} ${response.statusText}${detail}`);
      }
    }
    const feed = parseArxivAtom(text);
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
