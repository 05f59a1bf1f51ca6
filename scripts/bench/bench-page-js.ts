// npm run bench:page-js: the JavaScript each kind of page makes the browser download on a first
// visit (empty cache), measured in headless Chromium against the built app on the sample content.
// Prints, per page, the number of scripts, their size as sent (compressed) and unpacked, and the
// scripts the page loads beyond the home page's.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "../../tests/support/browser.ts";
import { buildIfNeeded } from "../lib/build-if-needed.ts";
import { loadContent } from "../lib/load-content.ts";
import { serveApp } from "../lib/serve-app.ts";

const PAGES = {
  home: "/ko",
  digest: "/ko/digests/2025-04-15",
  "paper (reader)": "/ko/papers/2504.08838",
  search: "/ko/search?q=LoRA",
  concept: "/ko/concepts/lora",
};

interface Script {
  url: string;
  sent: number;
  unpacked: number;
}

async function scriptsOf(page: Page, url: string): Promise<Script[]> {
  const scripts: Promise<Script>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      Promise.all([response.request().sizes(), response.body()]).then(([sizes, body]) => ({ url: new URL(response.url()).pathname, sent: sizes.responseBodySize, unpacked: body.length })),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return Promise.all(scripts);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

buildIfNeeded();
const dir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-bench-js-"));
const { db } = await loadContent(`file:${path.join(dir, "bench.db")}`, [[path.join("content", "digests")]]);
await db.$disconnect();
const { url: base, server } = await serveApp(`file:${path.join(dir, "bench.db")}`);
const browser = await launchChromium();
try {
  let home: Set<string> | undefined;
  console.log("page             scripts   sent (gzip)   unpacked   beyond the home page");
  for (const [name, route] of Object.entries(PAGES)) {
    const context = await browser.newContext();
    const scripts = await scriptsOf(await context.newPage(), `${base}${route}`);
    await context.close();
    const sum = (pick: (s: Script) => number, list = scripts) => list.reduce((total, s) => total + pick(s), 0);
    home ??= new Set(scripts.map((s) => s.url));
    const extra = scripts.filter((s) => !home!.has(s.url));
    console.log(
      `${name.padEnd(16)} ${String(scripts.length).padStart(7)}   ${kb(sum((s) => s.sent)).padStart(11)}   ${kb(sum((s) => s.unpacked)).padStart(8)}   ${extra.length ? `${extra.length} scripts, ${kb(sum((s) => s.sent, extra))} sent` : "none"}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
