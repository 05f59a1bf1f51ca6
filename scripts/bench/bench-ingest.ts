// npm run bench:ingest [-- --sizes 1000,10000,100000]: papers per second and peak memory of
// `ingest` on a JSON Lines file of realistic records, on SQLite and (where its binaries exist)
// PostgreSQL. Each measurement runs in its own process so that peak memory is its own.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { startPostgresCluster } from "../lib/postgres-cluster.ts";
import { measureInChild, writeRecordsFile } from "./bench-runs.ts";

interface IngestFigures {
  added: number;
  firstSeconds: number;
  secondSeconds: number;
  peakRssMb: number;
}

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000,100000" }, measure: { type: "string" }, url: { type: "string" } } });

if (values.measure && values.url) {
  // Child: one timed ingest of one file into one fresh database (taxonomy loaded, so papers
  // are tagged as in real use), then the same file again.
  await applyMigrations(values.url);
  const db = createDb(values.url);
  const taxonomy = await applyTaxonomy(db);
  if (!taxonomy.ok) throw new Error(taxonomy.issues[0]?.message);
  const first = performance.now();
  const summary = await ingest(db, { paths: [values.measure] });
  const firstSeconds = (performance.now() - first) / 1000;
  const second = performance.now();
  const again = await ingest(db, { paths: [values.measure] });
  const secondSeconds = (performance.now() - second) / 1000;
  await db.$disconnect();
  if (summary.issues.length || again.unchanged !== summary.added) throw new Error(`unexpected result: ${JSON.stringify(summary.issues.slice(0, 3))}`);
  const figures: IngestFigures = { added: summary.added, firstSeconds, secondSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(figures));
  process.exit(0);
}

const sizes = values.sizes.split(",").map(Number);
const dir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-bench-"));
const cluster = await startPostgresCluster();
if ("skipped" in cluster) console.log(`PostgreSQL skipped: ${cluster.skipped}`);

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}`);
console.log("records | database   | first run: s, papers/s | re-run (all unchanged): s, papers/s | peak RSS");
try {
  for (const size of sizes) {
    const file = await writeRecordsFile(dir, size);
    const targets: [string, string][] = [["SQLite", `file:${path.join(dir, `bench-${size}.db`)}`]];
    if (!("skipped" in cluster)) targets.push(["PostgreSQL", await cluster.cluster.createDatabase(`bench_${size}`)]);
    for (const [name, url] of targets) {
      const r = measureInChild<IngestFigures>("scripts/bench/bench-ingest.ts", file, url, `${name} ${size}`);
      const rate = (seconds: number) => Math.round(r.added / seconds).toLocaleString("en");
      console.log(
        `${size.toLocaleString("en").padStart(7)} | ${name.padEnd(10)} | ${r.firstSeconds.toFixed(1).padStart(6)} s, ${rate(r.firstSeconds).padStart(7)}/s | ${r.secondSeconds.toFixed(1).padStart(6)} s, ${rate(r.secondSeconds).padStart(7)}/s | ${Math.round(r.peakRssMb)} MB`,
      );
    }
  }
} finally {
  if (!("skipped" in cluster)) cluster.cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
