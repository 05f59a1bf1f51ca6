// npm run bench:digest: a day's digest page at 100, 500 and 1,000 papers on SQLite, served by the
// built app: the bytes of its first HTML (as sent and gzipped) and the server's time per request
// (loopback, sequential, after warm-up), for page 1 in both languages, a filtered page and a
// later page of the list; and the server's CPU time per request (from /proc, Linux), which other
// work on a shared machine does not inflate as it does wall time. The aim: page 1 at most
// 200 KB and p95 at most 100 ms at 1,000 papers. The server and the client run at raised
// priority where allowed (nice -10), so that a shared machine's other work stays out of the way.
import { readdirSync, readFileSync } from "node:fs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildIfNeeded } from "../lib/build-if-needed.ts";
import { loadContent } from "../lib/load-content.ts";
import { serveApp } from "../lib/serve-app.ts";
import { percentile } from "./bench-runs.ts";
import { realisticRecords } from "./realistic-records.ts";

const SIZES = [100, 500, 1000];
const RUNS = 60;
const WARMUP = 5;

await buildIfNeeded();
const dir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-bench-digest-"));
const url = `file:${path.join(dir, "bench.db")}`;
// One day per size, real papers one in four with a Korean translation; and a day of 1,000 where
// every paper has one (the Korean abstract is longer in bytes), once translation engines run.
const mixed = realisticRecords(SIZES.reduce((a, b) => a + b, 0));
const translated = realisticRecords(mixed.length + 1000, { koreanEvery: 1 }).slice(mixed.length);
const days = [
  ...SIZES.map((size, i) => ({ size, label: String(size), date: `2026-03-0${i + 2}` })),
  { size: 1000, label: "1000 ko", date: "2026-03-05" },
];
let offset = 0;
const files = days.map(({ size, date }, i) => {
  const file = path.join(dir, `${date}.jsonl`);
  const records = i < SIZES.length ? mixed.slice(offset, (offset += size)) : translated;
  writeFileSync(file, records.map((r) => JSON.stringify({ ...r, date })).join("\n"));
  return [file];
});
const { db } = await loadContent(url, files);
await db.$disconnect();
const { url: base, server } = await serveApp(url);
/**
 * On a shared machine, other work would stand in the measurement: every thread of the server
 * (Linux sets priority per thread: its SQLite readers, the thread pool) and of this client runs
 * ahead of it where the system allows (root may raise a priority).
 */
function raisePriority(): void {
  for (const pid of [server.pid!, process.pid]) {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        os.setPriority(Number(task), -10);
      } catch {
        // Not allowed here, or the thread has ended: measured at normal priority.
      }
    }
  }
}

/** CPU milliseconds the server process has used (user + system), from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(
  route: string,
): Promise<{ bytes: number; gzip: number; p50: number; p95: number; cpu: number }> {
  let body = "";
  const times: number[] = [];
  let cpuStart = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    const response = await fetch(`${base}${route}`, { headers: { "Accept-Encoding": "identity" } });
    body = await response.text();
    if (!response.ok) throw new Error(`${route} answered ${response.status}`);
    if (i >= WARMUP) times.push(performance.now() - start);
    if (i === WARMUP - 1) {
      raisePriority();
      cpuStart = cpuMs(server.pid!);
    }
  }
  const cpu = (cpuMs(server.pid!) - cpuStart) / RUNS;
  return {
    bytes: Buffer.byteLength(body),
    gzip: gzipSync(body).length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  console.log(
    `digest page on SQLite, ${RUNS} requests each after ${WARMUP} warm-up, loopback; ` +
      `load average ${load()} on ${os.cpus().length} cores`,
  );
  console.log(
    " papers  page                           HTML       gzip      p50 ms   p95 ms   CPU ms/request",
  );
  for (const { label: papers, date } of days) {
    const routes = [
      `/ko/digests/${date}`,
      `/en/digests/${date}`,
      `/ko/digests/${date}?cat=cs.CL&ko=1`,
      `/ko/digests/${date}?page=2`,
    ];
    for (const route of routes) {
      const m = await measure(route);
      const label = route.replace(`/digests/${date}`, "");
      console.log(
        [
          papers.padStart(7),
          ` ${label.padEnd(28)}`,
          kb(m.bytes).padStart(9),
          kb(m.gzip).padStart(9),
          m.p50.toFixed(1).padStart(8),
          m.p95.toFixed(1).padStart(8),
          m.cpu.toFixed(1).padStart(10),
        ].join(" "),
      );
    }
  }
  console.log(
    `load average at the end: ${load()}; ` +
      `the server's threads ran at priority ${os.getPriority(server.pid!)}`,
  );
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
