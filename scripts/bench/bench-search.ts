// npm run bench:search [-- --sizes 1000,10000,100000 --databases sqlite,postgresql]: p50/p95
// latency of searchPapers, of GET /api/search on the built app, and of a naive `contains` scan
// on the same data, over a fixed mixed query set, at each corpus size. Corpora are realistic
// records built from the real samples (one in four with Korean). Each size and database is loaded
// in one process and measured in another.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, type Db } from "../../lib/db/create-db.ts";
import { parseQuery } from "../../lib/search/parse-query.ts";
import { ensureSearchIndex } from "../../lib/search/search-index.ts";
import { searchPapers } from "../../lib/search/search-papers.ts";
import { buildIfNeeded } from "../lib/build-if-needed.ts";
import { loadContent } from "../lib/load-content.ts";
import { serveApp } from "../lib/serve-app.ts";
import { startPostgresCluster } from "../lib/postgres-cluster.ts";
import { measureInChild, percentile, timed, writeRecordsFile } from "./bench-runs.ts";

const QUERIES = [
  "LoRA",
  "language model",
  "speculative decoding",
  '"low-rank adaptation"',
  "reinforcement learning human feedback",
  "mixture of experts",
  "benchmark -vision",
  "hallucination detection",
  "검색 증강 생성",
  "양자화",
  "대규모 언어 모델",
  "강화 학습",
  "concept:rag retrieval",
  "concept:quantization",
  "LoRA 양자화",
  "reasoning from:2026-02 to:2026-03",
];
const ROUNDS = 5;

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "1000,10000,100000" }, databases: { type: "string", default: "sqlite,postgresql" }, load: { type: "string" }, measure: { type: "string" }, url: { type: "string" } },
});

/** What a site without a search index does: every word as a LIKE over every text column. */
async function naiveSearch(db: Db, q: string) {
  const parsed = parseQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  const { phrases, excludes, concepts, from, to } = parsed.query;
  const contains = (text: string) => ({ OR: [{ title: { contains: text } }, { abstractEn: { contains: text } }, { titleKo: { contains: text } }, { abstractKo: { contains: text } }] });
  const where = {
    AND: [
      ...phrases.map((p) => contains(p.text.replace(/"/g, ""))),
      ...excludes.map((p) => ({ NOT: contains(p.text) })),
      ...concepts.map((slug) => ({ concepts: { some: { about: true, concept: { slug } } } })),
      ...(from ? [{ listedOn: { gte: from } }] : []),
      ...(to ? [{ listedOn: { lte: to } }] : []),
    ],
  };
  return Promise.all([db.paper.findMany({ where, orderBy: [{ listedOn: "desc" }, { id: "desc" }], take: 20, select: { id: true } }), db.paper.count({ where })]);
}

async function load(file: string, url: string) {
  const { db, added } = await loadContent(url, [[file]]);
  await ensureSearchIndex(db);
  await db.$disconnect();
  return { added };
}

// In a process of its own, like the app's: one that has just ingested 100k papers carries a heap
// whose collection competes with the search for the cores.
async function measure(url: string) {
  const db = createDb(url);
  const papers = await db.paper.count();
  const { url: base, server } = await serveApp(url);
  try {
    const samples = { search: [] as number[], http: [] as number[], naive: [] as number[] };
    const slowest = new Map<string, number>();
    // Each kind of search in a block of its own: interleaved, each was measured while the one
    // before it was still being cleaned up after (the server's work after a response, a
    // collection after the naive scan's rows).
    const kinds: [keyof typeof samples, (q: string) => Promise<number>][] = [
      ["search", async (q) => {
        const outcome = await searchPapers(db, { q });
        if (!outcome.ok) throw new Error(`${q}: ${outcome.message}`);
        return outcome.result.total;
      }],
      ["http", async (q) => {
        const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
        if (!response.ok) throw new Error(`${q}: HTTP ${response.status}`);
        return ((await response.json()) as { total: number }).total;
      }],
      ["naive", async (q) => (await naiveSearch(db, q))[1]],
    ];
    for (const [kind, run] of kinds) {
      for (let round = 0; round <= ROUNDS; round++) {
        for (const q of QUERIES) {
          let results = 0;
          const ms = await timed(async () => {
            results = await run(q);
          });
          if (round === 0) continue; // warm-up
          samples[kind].push(ms);
          if (kind === "search") slowest.set(`${q} (${results})`, Math.max(slowest.get(`${q} (${results})`) ?? 0, ms));
        }
      }
    }
    const stats = (s: number[]) => ({ p50: percentile(s, 50), p95: percentile(s, 95) });
    const worst = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([q, ms]) => `${q} ${ms.toFixed(0)} ms`);
    return { papers, search: stats(samples.search), http: stats(samples.http), naive: stats(samples.naive), worst };
  } finally {
    server.kill();
    await db.$disconnect();
  }
}

type SearchFigures = Awaited<ReturnType<typeof measure>>;

if (values.load && values.url) {
  console.log(JSON.stringify(await load(values.load, values.url)));
  process.exit(0);
}
if (values.measure && values.url) {
  console.log(JSON.stringify(await measure(values.url)));
  process.exit(0);
}

buildIfNeeded();
const sizes = values.sizes.split(",").map(Number);
const databases = values.databases.split(",");
const dir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-bench-search-"));
const cluster = databases.includes("postgresql") ? await startPostgresCluster() : { skipped: "not asked for" };
if ("skipped" in cluster && databases.includes("postgresql")) console.log(`PostgreSQL skipped: ${cluster.skipped}`);
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}; ${QUERIES.length} queries × ${ROUNDS} rounds after one warm-up round`);
console.log("papers  | database   | searchPapers p50 / p95 | GET /api/search p50 / p95 | naive contains p50 / p95 | p95 speed-up | slowest queries (results)");
const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
try {
  for (const size of sizes) {
    const file = await writeRecordsFile(dir, size);
    const targets: [string, string][] = [];
    if (databases.includes("sqlite")) targets.push(["SQLite", `file:${path.join(dir, `bench-${size}.db`)}`]);
    if (!("skipped" in cluster)) targets.push(["PostgreSQL", await cluster.cluster.createDatabase(`bench_search_${size}`)]);
    for (const [name, url] of targets) {
      measureInChild("scripts/bench/bench-search.ts", file, url, `${name} ${size}`, "--load");
      const r = measureInChild<SearchFigures>("scripts/bench/bench-search.ts", file, url, `${name} ${size}`);
      console.log(
        `${size.toLocaleString("en").padStart(7)} | ${name.padEnd(10)} | ${ms(r.search.p50)} / ${ms(r.search.p95)} | ${ms(r.http.p50)} / ${ms(r.http.p95)} | ${ms(r.naive.p50)} / ${ms(r.naive.p95)} | ${(r.naive.p95 / r.search.p95).toFixed(1).padStart(5)}x | ${r.worst.join("; ")}`,
      );
    }
  }
} finally {
  if (!("skipped" in cluster)) cluster.cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
