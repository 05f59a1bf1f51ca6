// npm start: as the database's one writer (instances started together take turns), migrates,
// loads the concept taxonomy and the sample digests; builds when needed; then serves
// (scripts/serve.ts) in a child process, and with DAILY_SCHEDULE runs the daily run on that
// schedule. SIGTERM and SIGINT stop the schedule and reach the server, which finishes the
// requests in flight; npm start then exits 0. A server that stops on its own makes npm start exit
// non-zero, so that a supervisor restarts it.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { readEnv } from "../lib/config/env.ts";
import { ingest } from "../lib/ingest/ingest-inputs.ts";
import { formatIssue } from "../lib/ingest/ingest-issue.ts";
import { loadGlossary } from "../lib/translation/glossary.ts";
import { checkStoredTranslations } from "../lib/translation/record-checks.ts";
import { buildIfNeeded } from "./lib/build-if-needed.ts";
import { embedWithProgress } from "./lib/embed-with-progress.ts";
import { SERVER_COMMAND, SERVER_ENV } from "./lib/serve-app.ts";
import { startDailySchedule } from "./lib/start-daily-schedule.ts";
import { taxonomySession } from "./lib/taxonomy-session.ts";

const env = readEnv();
await taxonomySession(env.databaseUrl, async (db, taxonomy) => {
  console.log(`Concepts: ${taxonomy.change.added.length} added, ${taxonomy.change.changed.length} changed; re-tagged ${taxonomy.retag.retagged} papers.`);
  // Added to, never replacing, the digests: a day the daily run published keeps its papers.
  const samples = path.join("content", "digests");
  const summary = await ingest(db, { paths: [samples], digestMode: "append" });
  for (const issue of summary.issues) console.error(`error: ${formatIssue(issue)}`);
  console.log(`Sample digests: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}.`);
  if (summary.issues.length > 0) process.exit(1);
  await embedWithProgress(db);
  // Translations stored before the quality checks existed get their findings once.
  const checked = await checkStoredTranslations(db, loadGlossary(), { unchecked: true });
  if (checked.rechecked > 0)
    console.log(
      `Checked ${checked.rechecked} stored translation(s): ${checked.withFindings} with findings (npm run translations:check lists them).`,
    );
});

await buildIfNeeded();

// The IPC channel lets the server notice when this process is gone (killed outright) and stop.
const server = spawn(process.execPath, SERVER_COMMAND, {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, ...SERVER_ENV, DATABASE_URL: env.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
});
// A daily run still going when npm start stops is cut off; the next writer marks it interrupted.
const schedule = startDailySchedule(env);
let stopAsked = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopAsked = true;
    void schedule?.stop();
    server.kill(signal);
  });
}
server.on("exit", (code, signal) => {
  if (stopAsked && code === 0) process.exit(0);
  const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
  console.error(`The server ${how}${stopAsked ? " while stopping" : ""}.`);
  process.exit(signal ? 128 + (os.constants.signals[signal] ?? 0) : code || 1);
});
