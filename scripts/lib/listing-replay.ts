import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { submissionWindow } from "../../lib/daily/listing-days.ts";

const LISTINGS = path.join("tests", "fixtures", "listings");
const SOURCES = path.join("tests", "fixtures", "sources");

export interface ReplayFault {
  /** Requests whose path (with query) matches are answered with `status`... */
  match: RegExp;
  status: number;
  /** ...this many times (Infinity: always). */
  times: number;
  retryAfter?: string;
}

export interface ListingReplay {
  url: string;
  /** The variables that point the daily run at this server. */
  env: { ARXIV_RSS_URL: string; ARXIV_API_URL: string; HF_ENDPOINT: string };
  requests: { path: string; at: number }[];
  days: { rss: string; api: string[]; hf: string[] };
  close(): Promise<void>;
}

const dayIn = (name: string) => /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];

/** Hugging Face responses by day: the ones built from saved lists and the two saved whole. */
function hfResponses(): Map<string, string> {
  const files = [
    ...readdirSync(path.join(LISTINGS, "hf")).map((name) => path.join(LISTINGS, "hf", name)),
    ...readdirSync(SOURCES)
      .filter((name) => name.startsWith("hf-daily_papers_"))
      .map((name) => path.join(SOURCES, name)),
  ];
  return new Map(files.map((file) => [dayIn(path.basename(file))!, readFileSync(file, "utf8")]));
}

/** An API response holding entries [start, start + max) of a day's saved listing. */
function apiPage(feed: string, start: number, max: number): string {
  const entries = feed.match(/ {2}<entry>[\s\S]*?<\/entry>\n/g) ?? [];
  const page = entries.slice(start, start + max);
  const head = feed.slice(
    0,
    feed.indexOf("  <entry>") === -1 ? feed.indexOf("</feed>") : feed.indexOf("  <entry>"),
  );
  return (
    head
      .replace(/<opensearch:totalResults>\d+</, `<opensearch:totalResults>${entries.length}<`)
      .replace(/<opensearch:startIndex>\d+</, `<opensearch:startIndex>${start}<`)
      .replace(/<opensearch:itemsPerPage>\d+</, `<opensearch:itemsPerPage>${max}<`) +
    page.join("") +
    "</feed>\n"
  );
}

function emptyRss(category: string, pubDate: string): string {
  const channel = [
    `<title>${category} updates on arXiv.org</title>`,
    `<link>http://rss.arxiv.org/rss/${category}</link>`,
    `<description>${category} updates on the arXiv.org e-print archive.</description>`,
    `<pubDate>${pubDate}</pubDate>`,
  ].join("");
  const declaration = "<?xml version='1.0' encoding='UTF-8'?>";
  return `${declaration}\n<rss version="2.0"><channel>${channel}</channel></rss>\n`;
}

/**
 * A local stand-in for rss.arxiv.org, export.arxiv.org/api/query and Hugging Face's daily papers
 * that answers with the saved listings of tests/fixtures/listings (real values in each service's
 * layout): the RSS feeds are "today's" listing (`rssDay`), the API answers a day's submission
 * window, Hugging Face its saved days, and anything else as the services answer a day without
 * papers. `faults` make it answer errors, as the services do under load.
 */
export async function startListingReplay(
  options: { port?: number; faults?: ReplayFault[] } = {},
): Promise<ListingReplay> {
  const rssDays = readdirSync(path.join(LISTINGS, "rss")).sort();
  const rssDay = rssDays.at(-1)!;
  const apiFeeds = new Map(
    readdirSync(path.join(LISTINGS, "api")).map((name) => [
      dayIn(name)!,
      readFileSync(path.join(LISTINGS, "api", name), "utf8"),
    ]),
  );
  const hf = hfResponses();
  const pubDate = (/<pubDate>([^<]+)<\/pubDate>/.exec(
    readFileSync(path.join(LISTINGS, "rss", rssDay, "cs.CL.xml"), "utf8"),
  ) ?? [])[1]!;
  const faults = (options.faults ?? []).map((fault) => ({ ...fault, left: fault.times }));
  const requests: { path: string; at: number }[] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({ path: `${url.pathname}${url.search}`, at: Date.now() });
    const fault = faults.find((f) => f.left > 0 && f.match.test(`${url.pathname}${url.search}`));
    if (fault) {
      fault.left -= 1;
      res
        .writeHead(fault.status, {
          "Content-Type": "text/plain",
          ...(fault.retryAfter ? { "Retry-After": fault.retryAfter } : {}),
        })
        .end(`replayed error ${fault.status}`);
      return;
    }
    const rss = /^\/rss\/([^/]+)$/.exec(url.pathname);
    if (rss) {
      const category = decodeURIComponent(rss[1]!);
      const file = path.join(LISTINGS, "rss", rssDay, `${category}.xml`);
      res
        .writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" })
        .end(existsSync(file) ? readFileSync(file, "utf8") : emptyRss(category, pubDate));
      return;
    }
    if (url.pathname === "/api/query") {
      const window = /submittedDate:\[(\d{12}) TO (\d{12})\]/.exec(
        url.searchParams.get("search_query") ?? "",
      );
      const day =
        window &&
        [...apiFeeds.keys()].find(
          (d) => submissionWindow(d).from === window[1] && submissionWindow(d).to === window[2],
        );
      const feed = day ? apiFeeds.get(day)! : apiFeeds.values().next().value!;
      const start = Number(url.searchParams.get("start") ?? 0);
      const max = Number(url.searchParams.get("max_results") ?? 10);
      res
        .writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8" })
        .end(apiPage(feed, day ? start : Number.MAX_SAFE_INTEGER, max));
      return;
    }
    if (url.pathname === "/api/daily_papers") {
      const date = url.searchParams.get("date") ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        res
          .writeHead(400, { "Content-Type": "application/json" })
          .end(JSON.stringify({ error: "Invalid date format, expected YYYY-MM-DD" }));
        return;
      }
      res
        .writeHead(200, { "Content-Type": "application/json; charset=utf-8" })
        .end(hf.get(date) ?? "[]");
      return;
    }
    res.writeHead(404, { "Content-Type": "text/plain" }).end("Not Found");
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    env: { ARXIV_RSS_URL: `${url}/rss`, ARXIV_API_URL: `${url}/api/query`, HF_ENDPOINT: url },
    requests,
    days: { rss: rssDay, api: [...apiFeeds.keys()].sort(), hf: [...hf.keys()].sort() },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
