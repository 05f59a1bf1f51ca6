// npm run ingest -- <file or folder>... [--dry-run]: loads digest files into DATABASE_URL.
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { ingestDigestFiles } from "../lib/ingest/ingest-digest-files.ts";
import { formatIssue } from "../lib/ingest/ingest-issue.ts";
import { migrateAndReport } from "./lib/migrate-and-report.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, format: { type: "string", default: "digest" } },
});
if (positionals.length === 0) {
  console.error("usage: npm run ingest -- <digest file or folder>... [--dry-run]");
  process.exit(2);
}
if (values.format !== "digest") {
  console.error(`--format ${values.format}: only "digest" (content/digests files) is supported`);
  process.exit(2);
}

const env = readEnv();
await migrateAndReport(env.databaseUrl);
const db = createDb(env.databaseUrl);
const dryRun = values["dry-run"];
try {
  const summary = await ingestDigestFiles(db, positionals, {
    dryRun,
    onFile(outcome, index, total) {
      const state = outcome.result
        ? `${outcome.result.papers.length} papers, digest ${outcome.result.digest}`
        : `rejected (${outcome.issues.length} problem${outcome.issues.length === 1 ? "" : "s"})`;
      console.log(`[${index + 1}/${total}] ${outcome.file}${outcome.date ? ` (${outcome.date})` : ""}: ${state}`);
    },
  });
  for (const issue of summary.issues) console.error(`error: ${formatIssue(issue)}`);
  const counts = `added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}`;
  const nothing = summary.added + summary.updated === 0 && summary.digestsChanged === 0 && summary.issues.length === 0;
  console.log(`${dryRun ? "Dry run, nothing written: " : ""}${counts}; ${summary.digestsChanged} digest(s) changed.${nothing ? " Nothing changed." : ""}`);
  if (summary.runId !== null) console.log(`Recorded as ingest run ${summary.runId}.`);
  process.exitCode = summary.issues.length > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}
