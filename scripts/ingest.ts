// npm run ingest -- <file, folder or --arxiv "query"> [--format F] [--date YYYY-MM-DD] [--skip-invalid] [--dry-run] [--translate]
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { isCalendarDate } from "../lib/dates/calendar-date.ts";
import { createDb } from "../lib/db/create-db.ts";
import { ingest } from "../lib/ingest/ingest-inputs.ts";
import { formatIssue } from "../lib/ingest/ingest-issue.ts";
import { isSourceFormat, SOURCE_FORMATS } from "../lib/ingest/sources/source-formats.ts";
import { embedWithProgress } from "./lib/embed-with-progress.ts";
import { ingestProgress } from "./lib/ingest-progress.ts";
import { translateWithProgress } from "./lib/translate-with-progress.ts";
import { writeSession } from "./lib/write-session.ts";

const USAGE = `usage: npm run ingest -- <file or folder>... [--arxiv "<search_query>"] [--format ${SOURCE_FORMATS.join("|")}] [--date YYYY-MM-DD] [--skip-invalid] [--dry-run] [--translate]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        arxiv: { type: "string" },
        "max-results": { type: "string" },
        format: { type: "string" },
        date: { type: "string" },
        "skip-invalid": { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        translate: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (positionals.length === 0 && !values.arxiv) fail("nothing to ingest: name files or folders, or pass --arxiv");
if (values.format !== undefined && !isSourceFormat(values.format)) fail(`--format ${values.format}: not one of ${SOURCE_FORMATS.join(", ")}`);
if (values.date !== undefined && !isCalendarDate(values.date)) fail(`--date ${values.date}: not a date written YYYY-MM-DD`);
const maxResults = values["max-results"] === undefined ? undefined : Number(values["max-results"]);
if (maxResults !== undefined && !(Number.isInteger(maxResults) && maxResults > 0)) fail(`--max-results ${values["max-results"]}: not a positive whole number`);

const env = readEnv();
await writeSession(env.databaseUrl, async () => {
  const db = createDb(env.databaseUrl);
  try {
    const summary = await ingest(db, {
      paths: positionals,
      arxivQuery: values.arxiv,
      format: values.format as Parameters<typeof ingest>[1]["format"],
      date: values.date,
      skipInvalid: values["skip-invalid"],
      dryRun: values["dry-run"],
      // ARXIV_API_URL points the live path at a mirror or a test server.
      arxiv: { baseUrl: process.env.ARXIV_API_URL || undefined, maxResults },
      progress: ingestProgress(),
    });
    for (const note of summary.notes) console.log(`note: ${formatIssue(note)}`);
    for (const issue of summary.issues) console.error(`error: ${formatIssue(issue)}`);
    const counts = `added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}`;
    const nothing = summary.added + summary.updated === 0 && summary.digestsChanged === 0 && summary.issues.length === 0;
    console.log(`${values["dry-run"] ? "Dry run, nothing written: " : ""}${counts}; ${summary.digestsChanged} digest(s) changed.${nothing ? " Nothing changed." : ""}`);
    console.log(`Recorded as ingest run ${summary.runId} (GET /api/ingest-runs).`);
    process.exitCode = summary.issues.length > 0 ? 1 : 0;
    // New papers get their embeddings when a model is there; without one this says how to add it.
    if (!values["dry-run"] && summary.added + summary.updated > 0) await embedWithProgress(db);
    // Korean for every paper the run brought that lacks it (or whose machine translation is stale).
    if (values.translate && !values["dry-run"] && summary.paperIds.length > 0) {
      const translated = await translateWithProgress(db, {
        scope: { paperIds: summary.paperIds },
        label: `ingest run ${summary.runId}`,
      });
      if (!translated || translated.failed > 0) process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
});
