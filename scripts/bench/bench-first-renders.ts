// npm run bench:first-renders -- --db FILE [--count 60]: what a first render costs the server's one
// JavaScript thread. Serves the built app on a copy of a SQLite file (the corpus `npm run
// bench:load -- --dir DIR` keeps as DIR/load-20000.db), asks for pages and API answers that are not
// in its caches yet, one at a time, and prints the main thread's CPU time per request of each kind
// (Linux /proc), with the wall-clock latency beside it.
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../../lib/db/create-db.ts";
import { buildIfNeeded } from "../lib/build-if-needed.ts";
import { serveApp } from "../lib/serve-app.ts";

const { values } = parseArgs({ options: { db: { type: "string" }, count: { type: "string", default: "60" } } });
if (!values.db) throw new Error("give the corpus: --db FILE (a SQLite file, e.g. the one npm run bench:load -- --dir DIR keeps)");
const count = Number(values.count);

/** User plus system CPU time of a process's main thread, in ms. */
function mainThreadCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const copy = path.join(os.tmpdir(), `first-renders-${process.pid}.db`);
copyFileSync(values.db, copy);
const db = createDb(`file:${copy}`);
const papers = (await db.paper.findMany({ select: { arxivId: true }, where: { arxivId: { not: null } }, orderBy: { id: "desc" }, take: count * 2 + 2 })).map((p) => p.arxivId!);
const concepts = (await db.concept.findMany({ select: { slug: true }, orderBy: { position: "asc" }, take: count * 2 + 2 })).map((c) => c.slug);
await db.$disconnect();
if (concepts.length < count * 2 + 2) throw new Error(`--count ${count} needs ${count * 2 + 2} concepts; the corpus has ${concepts.length}`);

await buildIfNeeded();
const { url, server } = await serveApp(`file:${copy}`);
try {
  // Modules, the page cache's first version and the reader threads, loaded before timing.
  for (const warm of ["/ko", `/en/concepts/${concepts[2 * count]}`, `/api/concepts/${concepts[2 * count + 1]}`, `/ko/papers/${papers[2 * count]}`, `/api/papers/${papers[2 * count + 1]}`])
    await (await fetch(url + warm)).arrayBuffer();
  const kinds: [string, (i: number) => string][] = [
    ["concept page", (i) => `/${i % 2 ? "en" : "ko"}/concepts/${concepts[i]}`],
    // Page 2 of the same concepts: its papers are another read.
    ["concept page 2", (i) => `/${i % 2 ? "en" : "ko"}/concepts/${concepts[i]}?page=2`],
    ["concept API answer", (i) => `/api/concepts/${concepts[count + i]}`],
    ["paper page", (i) => `/${i % 2 ? "en" : "ko"}/papers/${papers[i]}`],
    ["paper API answer", (i) => `/api/papers/${papers[count + i]}`],
  ];
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`${count} first requests of each kind, one at a time, on a copy of ${values.db}`);
  console.log("kind               | main-thread CPU per request | wall clock per request");
  for (const [kind, pathOf] of kinds) {
    const cpuBefore = mainThreadCpuMs(server.pid!);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const response = await fetch(url + pathOf(i), { headers: { "accept-encoding": "gzip" } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${pathOf(i)} answered ${response.status}`);
    }
    const cpu = (mainThreadCpuMs(server.pid!) - cpuBefore) / count;
    const wall = (performance.now() - started) / count;
    console.log(`${kind.padEnd(18)} | ${cpu.toFixed(1).padStart(24)} ms | ${wall.toFixed(1).padStart(19)} ms`);
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${copy}${suffix}`, { force: true });
}
