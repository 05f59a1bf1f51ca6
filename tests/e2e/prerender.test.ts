import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { serveApp } from "../../scripts/lib/serve-app.ts";
import { syntheticPaper, tempDir, writeDigestFile } from "../support/digest-fixtures.ts";
import { sqlite } from "../support/test-databases.ts";

// With PRERENDER=on (npm start's default) the server renders the most read pages into the page
// store once the database is still, and serves them from there. After a write, readers keep the
// pages of before until those of the new data are rendered ahead; then all switch at once.

const DAY = "2025-09-02";
const paper = syntheticPaper(1, DAY);

/** The versions of the database whose pages were rendered ahead, as the store marks them. */
const prerendered = (store: string) =>
  readdirSync(store, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".complete"));

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("pages rendered ahead of readers", () => {
  it("are served from the page store, and stay until those of a change are rendered", async () => {
    const url = await sqlite.freshUrl();
    const dir = tempDir();
    const { db } = await loadContent(url, [[writeDigestFile(dir, DAY, [paper])]]);
    const store = mkdtempSync(path.join(os.tmpdir(), "pb-page-store-"));
    const { url: base, server } = await serveApp(url, {
      PRERENDER: "on",
      PAGE_STORE_DIR: store,
      MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "pb-no-models-")),
    });
    const page = () => fetch(`${base}/ko/papers/${paper.arxivId}`);
    try {
      await until(() => prerendered(store).length === 1, "the pages are rendered ahead");
      // The server takes them in when its prerender has exited, or at its next look (each second).
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const first = await page();
      // Rendered by the prerender's own server, for the address readers use (the server saw it).
      expect(first.headers.get("x-cache")).toBe("stored");
      expect(await first.text()).toContain(paper.titleKo);
      const api = await fetch(`${base}/api/papers/${paper.arxivId}`);
      expect(api.headers.get("x-cache")).toBe("stored");

      const changed = { ...paper, titleKo: `${paper.titleKo} (개정판)` };
      expect((await ingest(db, { paths: [writeDigestFile(dir, DAY, [changed], "v2.yaml")] })).issues).toEqual([]);
      const during = await page();
      expect(during.headers.get("x-cache")).toMatch(/^(hit|stored)$/);
      expect(await during.text()).not.toContain(changed.titleKo);

      await until(async () => (await (await page()).text()).includes(changed.titleKo), "the changed page is served");
      expect(((await (await fetch(`${base}/api/papers/${paper.arxivId}`)).json()) as { titleKo: string }).titleKo).toBe(changed.titleKo);
      // The pages of the version before are gone from the store.
      await until(() => prerendered(store).length === 1, "the older pages are removed");
    } finally {
      server.kill();
      await db.$disconnect();
    }
  }, 360_000);
});
