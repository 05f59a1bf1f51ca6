import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ArxivUnreachableError, fetchArxivQuery } from "../../lib/ingest/arxiv-api-client.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { getDigest } from "../../lib/queries/get-digest.ts";
import { startArxivReplayServer } from "../support/arxiv-replay-server.ts";
import { runScript } from "../support/run-cli.ts";
import { sqlite } from "../support/test-databases.ts";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("the live arXiv API path, against a local server replaying saved responses", () => {
  it("pages through a query, waits between calls and retries a 503 after its Retry-After", async () => {
    const server = await startArxivReplayServer({ failFirstSecondPage: true });
    try {
      const pages = await collect(fetchArxivQuery("cat:cs.CL", { baseUrl: server.url, pageSize: 10, delayMs: 200 }));
      expect(pages.map((p) => p.items.length)).toEqual([10, 2]);
      expect(server.requests.map((r) => r.start)).toEqual([0, 10, 10]);
      const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
      expect(gaps[0]).toBeGreaterThanOrEqual(190);
      expect(gaps[1]).toBeGreaterThanOrEqual(990);
    } finally {
      await server.close();
    }
  });

  it("says clearly when the network is unreachable", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const attempt = collect(fetchArxivQuery("cat:cs.CL", { baseUrl: `http://127.0.0.1:${port}/api/query`, delayMs: 10, maxRetries: 1 }));
    await expect(attempt).rejects.toThrow(ArxivUnreachableError);
    await expect(attempt).rejects.toThrow(/^cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\) after 2 attempts/);
  });

  it("npm run ingest -- --arxiv stores every page, keeping 3 s between calls", async () => {
    const server = await startArxivReplayServer();
    const url = await sqlite.freshUrl();
    try {
      const result = await runScript("scripts/ingest.ts", ["--arxiv", "cat:cs.SE", "--date", "2025-08-19"], { DATABASE_URL: url, ARXIV_API_URL: server.url });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain("added 12, updated 0, unchanged 0, failed 0");
      expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(3000);
      const db = createDb(url);
      expect((await getDigest(db, "2025-08-19"))?.papers).toHaveLength(12);
      await db.$disconnect();
    } finally {
      await server.close();
    }
  });
});
