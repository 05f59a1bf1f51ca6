import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { serveApp } from "../../scripts/lib/serve-app.ts";
import { syntheticPaper, tempDir, writeDigestFile } from "../support/digest-fixtures.ts";
import { testDialects } from "../support/test-databases.ts";

// Pages, API answers and the data behind them are kept per change of the database, in each
// server's memory. Two servers on one database must both show a write at once, whichever
// process made it, and neither may answer 304 to the entity tag of what was there before.

const DAY = "2025-09-01";
const paper = syntheticPaper(1, DAY);

async function read(base: string, etag?: string) {
  const headers: Record<string, string> = etag ? { "if-none-match": etag } : {};
  const [page, api] = await Promise.all([
    fetch(`${base}/ko/papers/${paper.arxivId}`),
    fetch(`${base}/api/papers/${paper.arxivId}`, { headers }),
  ]);
  return {
    page: await page.text(),
    status: api.status,
    etag: api.headers.get("etag") ?? "",
    title: api.status === 200 ? ((await api.json()) as { titleKo: string }).titleKo : null,
  };
}

describe.each(testDialects())("two servers on one $dialect database", ({ freshUrl }) => {
  it("both show a write at once, and answer 200, not 304, to the old tag", async () => {
    const url = await freshUrl();
    const dir = tempDir();
    const { db } = await loadContent(url, [[writeDigestFile(dir, DAY, [paper])]]);
    const env = { MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "pb-no-models-")) };
    const servers: ChildProcess[] = [];
    try {
      const bases: string[] = [];
      for (const _ of [1, 2]) {
        const app = await serveApp(url, env);
        servers.push(app.server);
        bases.push(app.url);
      }
      const before: Awaited<ReturnType<typeof read>>[] = [];
      for (const base of bases) {
        await read(base);
        // Served again from each server's memory: the same answer, and 304 to its tag.
        const again = await read(base);
        expect(again.page).toContain(paper.titleKo);
        expect((await read(base, again.etag)).status).toBe(304);
        before.push(again);
      }
      expect(before[1]!.etag).toBe(before[0]!.etag);

      const changed = { ...paper, titleKo: `${paper.titleKo} (개정판)` };
      const file = writeDigestFile(dir, DAY, [changed], "v2.yaml");
      const summary = await ingest(db, { paths: [file] });
      expect(summary.issues).toEqual([]);

      for (const base of bases) {
        const after = await read(base, before[0]!.etag);
        expect(after.status).toBe(200);
        expect(after.title).toBe(changed.titleKo);
        expect(after.page).toContain(changed.titleKo);
        expect(after.etag).not.toBe(before[0]!.etag);
      }
    } finally {
      servers.forEach((server) => server.kill());
      await db.$disconnect();
    }
  });
});
