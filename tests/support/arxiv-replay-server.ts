import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

export interface ReplayRequest {
  at: number;
  start: number;
  query: string;
}

/**
 * A local stand-in for export.arxiv.org/api/query that answers with saved real responses: the
 * first page from the 10-result search, the second (after one 503 with Retry-After) from two
 * single-paper lookups, with totalResults rewritten so that the query spans both pages.
 */
export async function startArxivReplayServer(options: { failFirstSecondPage?: boolean } = {}): Promise<{ url: string; requests: ReplayRequest[]; close: () => Promise<void> }> {
  const fixtures = path.join("tests", "fixtures", "sources");
  const page1 = readFileSync(path.join(fixtures, "arxiv-api-query-10.xml"), "utf8").replace(/<opensearch:totalResults>\d+</, "<opensearch:totalResults>12<");
  const entries = ["arxiv-api-2104.12255v1.xml", "arxiv-api-legacy-1111.2011v2.xml"].map((name) => {
    const xml = readFileSync(path.join(fixtures, name), "utf8");
    return xml.slice(xml.indexOf("<entry>"), xml.lastIndexOf("</entry>") + "</entry>".length);
  });
  const page2 = page1.slice(0, page1.indexOf("<entry>")).replace("<opensearch:startIndex>0<", "<opensearch:startIndex>10<") + entries.join("\n") + "\n</feed>\n";

  const requests: ReplayRequest[] = [];
  let failed = false;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const start = Number(url.searchParams.get("start") ?? "0");
    requests.push({ at: Date.now(), start, query: url.searchParams.get("search_query") ?? "" });
    if (start === 10 && options.failFirstSecondPage && !failed) {
      failed = true;
      res.writeHead(503, { "Retry-After": "1", "Content-Type": "text/plain" }).end("Service Unavailable");
      return;
    }
    res.writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8" }).end(start === 0 ? page1 : page2);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/api/query`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
