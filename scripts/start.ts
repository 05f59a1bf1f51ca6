// npm start: migrates the database, loads the sample digests, builds when needed and serves;
// with DAILY_SCHEDULE, also runs the daily run on that schedule.
import { spawn } from "node:child_process";
import path from "node:path";
import { applyTaxonomy } from "../lib/concepts/apply-taxonomy.ts";
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { ingest } from "../lib/ingest/ingest-inputs.ts";
import { formatIssue } from "../lib/ingest/ingest-issue.ts";
import { buildIfNeeded } from "./lib/build-if-needed.ts";
import { embedWithProgress } from "./lib/embed-with-progress.ts";
import { migrateAndReport } from "./lib/migrate-and-report.ts";
import { startDailySchedule } from "./lib/start-daily-schedule.ts";

const env = readEnv();
await migrateAndReport(env.databaseUrl);

const db = createDb(env.databaseUrl);
const taxonomy = await applyTaxonomy(db);
if (!taxonomy.ok) {
  for (const issue of taxonomy.issues) console.error(`error: ${formatIssue(issue)}`);
  process.exit(1);
}
console.log(`Concepts: ${taxonomy.change.added.length} added, ${taxonomy.change.changed.length} changed; re-tagged ${taxonomy.retag.retagged} papers.`);
// Added to, never replacing, the digests: a day the daily run published keeps its papers.
const samples = path.join("content", "digests");
const summary = await ingest(db, { paths: [samples], digestMode: "append" });
for (const issue of summary.issues) console.error(`error: ${formatIssue(issue)}`);
console.log(`Sample digests: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}.`);
if (summary.issues.length > 0) process.exit(1);
await embedWithProgress(db);
await db.$disconnect();

await buildIfNeeded();

const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(env.port)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: env.databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
});
const schedule = startDailySchedule(env);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void schedule?.stop();
    server.kill(signal);
  });
}
server.on("exit", (code) => process.exit(code ?? 0));
