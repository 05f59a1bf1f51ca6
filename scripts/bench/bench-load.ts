// npm run bench:load [-- --papers 20000 --databases sqlite,postgresql --concurrency 10,50 --duration 20]:
// many readers at once on the built app (loopback only). At each concurrency: requests/s,
// latency p50/p95/p99, errors (failed, timed out or not 2xx) and the server's peak memory over
// a mix of pages and API calls, and requests/s of one static file from the same server (the
// ceiling); then 50 readers again while `npm run ingest` adds papers to a new day.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { createDb } from "../../lib/db/create-db.ts";
import { buildIfNeeded } from "../lib/build-if-needed.ts";
import { startPostgresCluster } from "../lib/postgres-cluster.ts";
import { serveApp } from "../lib/serve-app.ts";
import { measureInChild, percentile, writeRecordsFile } from "./bench-runs.ts";
import { realisticRecords } from "./realistic-records.ts";
import { loadContent } from "../lib/load-content.ts";
import { ensureSearchIndex } from "../../lib/search/search-index.ts";

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "20000" },
    databases: { type: "string", default: "sqlite,postgresql" },
    concurrency: { type: "string", default: "10,50" },
    duration: { type: "string", default: "20" },
    "ingest-papers": { type: "string", default: "500" },
    dir: { type: "string" },
    load: { type: "string" },
    url: { type: "string" },
  },
});

const WARM_UP_SECONDS = 20;
const QUERIES = [
  "LoRA",
  "language model",
  "speculative decoding",
  "양자화",
  "대규모 언어 모델",
  "concept:rag retrieval",
  "mixture of experts",
  "hallucination detection",
];

interface Sample {
  digests: string[];
  papers: string[];
  /** The papers of the latest week's digests: what readers of a daily digest open most. */
  recentPapers: string[];
  concepts: string[];
}

/** Which pages and API calls the readers make, and how often (out of 100). */
function requestMix(sample: Sample): [number, () => string][] {
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const locale = () => pick(["ko", "en"]);
  const recentDay = () => pick(sample.digests.slice(0, 7));
  // Four paper views in five are of the last week's papers, the fifth of any paper.
  const paper = () => pick(Math.random() < 0.8 ? sample.recentPapers : sample.papers);
  return [
    [18, () => `/${locale()}`],
    [12, () => `/${locale()}/digests/${recentDay()}`],
    [22, () => `/${locale()}/papers/${paper()}`],
    [
      10,
      () => `/${locale()}/concepts/${pick(sample.concepts)}${Math.random() < 0.3 ? "?page=2" : ""}`,
    ],
    [8, () => `/${locale()}/search?q=${encodeURIComponent(pick(QUERIES))}`],
    [2, () => `/${locale()}/concepts`],
    [4, () => `/api/digests/${recentDay()}`],
    [10, () => `/api/papers/${paper()}`],
    [6, () => `/api/concepts/${pick(sample.concepts)}`],
    [6, () => `/api/search?q=${encodeURIComponent(pick(QUERIES))}`],
    [2, () => "/api/digests"],
  ];
}

function pickPath(mix: [number, () => string][]): string {
  let roll = Math.random() * 100;
  for (const [weight, make] of mix) {
    if ((roll -= weight) < 0) return make();
  }
  return mix[0]![1]();
}

/** The peak resident memory of a process while `during` runs, sampled every 100 ms (Linux /proc). */
async function peakMemory<T>(
  pid: number,
  during: () => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  let peak = 0;
  const sample = () => {
    const status = existsSync(`/proc/${pid}/status`)
      ? readFileSync(`/proc/${pid}/status`, "utf8")
      : "";
    peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await during();
    sample();
    return { result, peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}

function run(
  url: string,
  connections: number,
  seconds: number,
  nextPath: () => string,
  until?: Promise<unknown>,
): Promise<Figures> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 10,
        headers: { "accept-encoding": "gzip", "accept-language": "ko-KR,ko;q=0.9" },
        requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: result.requests.total / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors + result.timeouts + result.non2xx,
          requests: result.requests.total,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
    void until?.then(() => instance.stop());
  });
}

async function sampleOf(databaseUrl: string): Promise<Sample> {
  const db = createDb(databaseUrl);
  try {
    const digests = (
      await db.digest.findMany({ select: { date: true }, orderBy: { date: "desc" } })
    ).map((d) => d.date);
    const papers = (
      await db.paper.findMany({ select: { arxivId: true }, where: { arxivId: { not: null } } })
    ).map((p) => p.arxivId!);
    const recent = await db.paper.findMany({
      select: { arxivId: true },
      where: { arxivId: { not: null }, listedOn: { gte: digests[6] ?? "" } },
    });
    const concepts = (await db.concept.findMany({ select: { slug: true } })).map((c) => c.slug);
    return { digests, papers, recentPapers: recent.map((p) => p.arxivId!), concepts };
  } finally {
    await db.$disconnect();
  }
}

/** Seconds until the server's first `npm run prerender` has finished (a version's folder is marked complete). */
async function untilPrerendered(pageStore: string): Promise<number> {
  const started = Date.now();
  const complete = () =>
    readdirSync(pageStore, { recursive: true, encoding: "utf8" }).some((name) => name.endsWith(".complete"));
  while (!existsSync(pageStore) || !complete()) {
    if (Date.now() - started > 30 * 60_000) throw new Error("the pages were not rendered ahead within 30 minutes");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return (Date.now() - started) / 1000;
}

async function writeIngestFile(dir: string, from: number, count: number): Promise<string> {
  const file = path.join(dir, `ingest-${from}-${count}.jsonl`);
  const out = createWriteStream(file);
  for (const record of realisticRecords(from + count).slice(from))
    out.write(`${JSON.stringify(record)}\n`);
  await new Promise((resolve) => out.end(resolve));
  return file;
}

function copyOfSqlite(file: string): string {
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const copy = file.replace(/\.db$/, "-run.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
  copyFileSync(file, copy);
  return `file:${copy}`;
}

async function measure(
  name: string,
  databaseUrl: string,
  dir: string,
  papers: number,
): Promise<void> {
  const sample = await sampleOf(databaseUrl);
  const mix = requestMix(sample);
  // Served as npm start serves it: the most read pages are rendered ahead once the database is
  // still, into a page store of this run's own.
  const pageStore = path.join(dir, `pages-${name}`);
  rmSync(pageStore, { recursive: true, force: true });
  const { url, server } = await serveApp(databaseUrl, { PRERENDER: "on", PAGE_STORE_DIR: pageStore });
  const seconds = Number(values.duration);
  const ms = (x: number) => `${Math.round(x)} ms`.padStart(8);
  const line = (label: string, f: Figures, peak: number, ceiling?: number) =>
    console.log(
      `${name.padEnd(10)} | ${label.padEnd(24)} | ${f.rps.toFixed(1).padStart(7)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${String(f.errors).padStart(6)} | ${peak.toFixed(0).padStart(6)} MB | ${ceiling === undefined ? "" : ceiling.toFixed(0)}`,
    );
  try {
    const home = await (await fetch(`${url}/ko`)).text();
    const css = /\/_next\/static\/[^"']+\.css/.exec(home)?.[0];
    if (!css) throw new Error("no stylesheet on the home page to measure the static ceiling with");
    const prerendered = await untilPrerendered(pageStore);
    console.log(`${name.padEnd(10)} | (the pages read most were rendered ahead in ${prerendered.toFixed(0)} s)`);
    // Warm-up: the first requests load code and fill caches, as a day's first readers do.
    await run(url, 10, WARM_UP_SECONDS, () => pickPath(mix));
    for (const connections of values.concurrency.split(",").map(Number)) {
      const { result, peakMb } = await peakMemory(server.pid!, () =>
        run(url, connections, seconds, () => pickPath(mix)),
      );
      const ceiling = await run(url, connections, 5, () => css);
      line(`${connections} readers`, result, peakMb, ceiling.rps);
    }
    const extra = Number(values["ingest-papers"]);
    const file = await writeIngestFile(dir, papers, extra);
    const ingest = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/ingest.ts", file, "--date", "2026-06-01"],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" },
    );
    const started = Date.now();
    const ended = new Promise<number | null>((resolve) => ingest.on("exit", resolve));
    const { result, peakMb } = await peakMemory(server.pid!, () =>
      run(url, 50, 3600, () => pickPath(mix), ended),
    );
    const status = await ended;
    line(`50, ingesting ${extra}`, result, peakMb);
    console.log(
      `${name.padEnd(10)} | (the ingest of ${extra} papers took ${((Date.now() - started) / 1000).toFixed(1)} s, status ${status})`,
    );
  } finally {
    server.kill();
  }
}

if (values.load && values.url) {
  const { db } = await loadContent(values.url, [[path.join("content", "digests")], [values.load]]);
  await ensureSearchIndex(db);
  await db.$disconnect();
  console.log(JSON.stringify({ ok: true }));
  process.exit(0);
}

await buildIfNeeded();
const papers = Number(values.papers);
const databases = values.databases.split(",");
const dir = values.dir ?? path.join(os.tmpdir(), "paperbridge-bench-load");
mkdirSync(dir, { recursive: true });
const cluster = databases.includes("postgresql")
  ? await startPostgresCluster()
  : { skipped: "not asked for" };
if ("skipped" in cluster && databases.includes("postgresql"))
  console.log(`PostgreSQL skipped: ${cluster.skipped}`);
console.log(
  `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}, ${new Date().toISOString().slice(0, 16)}`,
);
console.log(
  `${papers.toLocaleString("en")} papers; ${values.duration} s per run after a ${WARM_UP_SECONDS} s warm-up at 10 readers; latency of every response, in ms`,
);
console.log(
  "database   | readers                  |   req/s |      p50 |      p95 |      p99 | errors |  peak RSS | static file req/s",
);
try {
  const records = await writeRecordsFile(dir, papers);
  const targets: [string, string][] = [];
  if (databases.includes("sqlite"))
    targets.push(["SQLite", `file:${path.join(dir, `load-${papers}.db`)}`]);
  if (!("skipped" in cluster))
    targets.push(["PostgreSQL", await cluster.cluster.createDatabase(`bench_load_${papers}`)]);
  for (const [name, url] of targets) {
    const file = url.startsWith("file:") ? url.slice(5) : null;
    if (!file || !existsSync(file))
      measureInChild("scripts/bench/bench-load.ts", records, url, `${name} load`, "--load");
    else console.log(`${name.padEnd(10)} | (reusing ${file}; remove it to reload)`);
    // SQLite runs on a copy, so that the ingest below leaves the loaded corpus as it was.
    await measure(name, file ? copyOfSqlite(file) : url, dir, papers);
  }
} finally {
  if (!("skipped" in cluster)) cluster.cluster.stop();
}
