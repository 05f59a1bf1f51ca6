// npm run bench:pages [-- --sizes 1000,20000]: the bytes each kind of page renders (uncompressed
// and gzipped) at each corpus size, typical pages beside the hostile ones (papers at ingest's
// limits, the largest search URL allowed), against the budgets in page-budgets.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildIfNeeded } from "../lib/build-if-needed.ts";
import { loadContent } from "../lib/load-content.ts";
import { serveApp } from "../lib/serve-app.ts";
import { writeRecordsFile } from "./bench-runs.ts";
import { hostileRecords } from "./hostile-records.ts";
import { HOSTILE_PAGES, PAGE_BUDGETS } from "./page-budgets.ts";
import { realisticRecords } from "./realistic-records.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,20000" } } });
const dir = path.join(os.tmpdir(), `paperbridge-bench-pages-${process.pid}`);
mkdirSync(dir, { recursive: true });
const hostile = path.join(dir, "hostile.jsonl");
writeFileSync(
  hostile,
  hostileRecords("2026-07-01")
    .map((r) => JSON.stringify(r))
    .join("\n") + "\n",
);
// A day of 1,000 papers, every one translated (Korean abstracts are longer in bytes).
const BIG_DAY = "2026-06-30";
const bigDay = path.join(dir, "big-day.jsonl");
writeFileSync(
  bigDay,
  realisticRecords(21_000, { koreanEvery: 1 })
    .slice(20_000)
    .map((r) => JSON.stringify({ ...r, date: BIG_DAY }))
    .join("\n") + "\n",
);
const DAY_PAGES: [string, string][] = [
  [`/ko/digests/${BIG_DAY}`, "digest, 1,000-paper day"],
  [`/en/digests/${BIG_DAY}`, "digest, 1,000-paper day, en"],
  [`/ko/digests/${BIG_DAY}?page=50`, "digest, 1,000-paper day, last page"],
  [`/ko/digests/${BIG_DAY}?ko=1&cat=cs.CL`, "digest, 1,000-paper day, filtered"],
];

await buildIfNeeded();
console.log(
  `node ${process.version}, ${new Date().toISOString().slice(0, 10)}; bytes of each page as served (HTML or JSON), and gzipped`,
);
console.log("papers  | page                                   |      bytes |    gzipped | budget");
for (const size of values.sizes.split(",").map(Number)) {
  const url = `file:${path.join(dir, `pages-${size}.db`)}`;
  const { db } = await loadContent(url, [
    [path.join("content", "digests")],
    [await writeRecordsFile(dir, size)],
    [hostile],
    [bigDay],
  ]);
  const typicalPaper = (await db.paper.findFirst({
    where: { arxivId: { startsWith: "2601." } },
    select: { arxivId: true },
  }))!.arxivId!;
  const recentDay = (await db.digest.findFirst({
    where: { date: { lt: "2026-07-01" } },
    orderBy: { date: "desc" },
    select: { date: true },
  }))!.date;
  await db.$disconnect();
  const typical: [string, string][] = [
    ["/ko", "home (the latest day: hostile papers)"],
    [`/ko/digests/${recentDay}`, `digest of ${recentDay}`],
    [`/ko/papers/${typicalPaper}`, "paper (typical)"],
    ["/ko/concepts/rag?page=2", "concept (page 2)"],
    ["/ko/search?q=language+model", "search (typical)"],
  ];
  const { url: base, server } = await serveApp(url);
  try {
    const rows: [string, string, number | null][] = [
      ...typical.map(([page, label]) => [page, label, null] as [string, string, null]),
      ...DAY_PAGES.map(
        ([page, label]) => [page, label, PAGE_BUDGETS.digest] as [string, string, number],
      ),
      ...HOSTILE_PAGES.map(
        ([page, kind]) =>
          [page, `${kind}${hostileLabel(page)}`, PAGE_BUDGETS[kind]] as [string, string, number],
      ),
    ];
    for (const [page, label, budget] of rows) {
      const response = await fetch(`${base}${page}`);
      if (!response.ok)
        throw new Error(
          `${page.slice(0, 80)}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`,
        );
      const body = Buffer.from(await response.arrayBuffer());
      const verdict =
        budget === null
          ? ""
          : `${budget.toLocaleString("en")}${body.length > budget ? " OVER" : " ok"}`;
      console.log(
        `${size.toLocaleString("en").padStart(7)} | ${label.slice(0, 38).padEnd(38)} | ${body.length.toLocaleString("en").padStart(10)} | ${gzipSync(body).length.toLocaleString("en").padStart(10)} | ${verdict}`,
      );
    }
  } finally {
    server.kill();
  }
}

function hostileLabel(page: string): string {
  const id = /2699\.0000(\d)/.exec(page)?.[1];
  return id
    ? ` ${["", "dense math", "tiny sentences", "concepts everywhere", "longest fields"][Number(id)]}`
    : page.includes("concept=")
      ? " (worst URL)"
      : "";
}
