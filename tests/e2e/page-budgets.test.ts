import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hostileRecords } from "../../scripts/bench/hostile-records.ts";
import { HOSTILE_PAGES, PAGE_BUDGETS } from "../../scripts/bench/page-budgets.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { serveApp } from "../../scripts/lib/serve-app.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { sqlite } from "../support/test-databases.ts";

// Papers at ingest's limits, made to render large (dense math, thousands of sentences, a concept
// in every word, the most authors): each page type stays within its budget (npm run bench:pages).
let base: string;
let server: ChildProcess;
beforeAll(async () => {
  const file = path.join(tempDir(), "hostile.jsonl");
  writeFileSync(
    file,
    hostileRecords("2026-07-01")
      .map((r) => JSON.stringify(r))
      .join("\n") + "\n",
  );
  const url = await sqlite.freshUrl();
  const { db } = await loadContent(url, [[path.join("content", "digests")], [file]]);
  await db.$disconnect();
  ({ url: base, server } = await serveApp(url));
});
afterAll(() => server?.kill());

describe("page budgets on hostile papers and URLs", () => {
  it.each(HOSTILE_PAGES)("%s stays within the %s budget", async (page, kind) => {
    const response = await fetch(`${base}${page}`);
    expect(response.status).toBe(200);
    const bytes = (await response.arrayBuffer()).byteLength;
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGETS[kind]);
  });

  it("renders a dense-math paper's first formulas and shows the rest as TeX source", async () => {
    const html = await (await fetch(`${base}/en/papers/2699.00001`)).text();
    expect((html.match(/class="katex"/g) ?? []).length).toBeGreaterThan(20);
    expect(html).toContain("<code");
    expect(html).toContain("\\frac{\\sqrt{x_i^2+y_i^2}}");
  });
});

describe("page budgets on a day of real volume", () => {
  // The day the daily run published from the replayed listings, translated (app-global-setup.ts).
  const daily = inject("appUrls").daily;
  // What each page measured, for docs/benchmarks.md.
  const sizes: Record<string, number> = {};
  afterAll(() => {
    mkdirSync("test-results", { recursive: true });
    writeFileSync(
      path.join("test-results", "daily-page-sizes.json"),
      `${JSON.stringify(sizes, null, 2)}\n`,
    );
  });
  it.each([
    "/ko/digests/2025-05-20",
    "/en/digests/2025-05-20",
    "/ko/digests/2025-05-20?page=2",
    "/ko/digests/2025-05-20?ko=1&cat=cs.CL",
    "/ko",
  ])("%s stays within the digest budget", async (page) => {
    const response = await fetch(`${daily}${page}`);
    expect(response.status).toBe(200);
    sizes[page] = (await response.arrayBuffer()).byteLength;
    expect(sizes[page]).toBeLessThanOrEqual(PAGE_BUDGETS.digest);
  });
});
