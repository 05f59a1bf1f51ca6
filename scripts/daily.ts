// npm run daily [-- --date YYYY-MM-DD | --since YYYY-MM-DD]: fetches the day's arXiv and Hugging
// Face listings, keeps the LLM papers, ranks, translates, embeds and publishes the digest.
import { parseArgs } from "node:util";
import { applyTaxonomy } from "../lib/concepts/apply-taxonomy.ts";
import { readEnv } from "../lib/config/env.ts";
import { configuredTranslation } from "../lib/daily/translation-stage.ts";
import { embedIfModel, runDailyDays } from "../lib/daily/run-daily-days.ts";
import { isCalendarDate } from "../lib/dates/calendar-date.ts";
import { createDb } from "../lib/db/create-db.ts";
import { formatIssue } from "../lib/ingest/ingest-issue.ts";
import { migrateAndReport } from "./lib/migrate-and-report.ts";

const USAGE = "usage: npm run daily [-- --date YYYY-MM-DD | --since YYYY-MM-DD]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { date: { type: "string" }, since: { type: "string" } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (values.date && values.since) fail("give --date or --since, not both");
for (const option of ["date", "since"] as const) {
  if (values[option] !== undefined && !isCalendarDate(values[option])) fail(`--${option} ${values[option]}: not a date written YYYY-MM-DD`);
}

const env = readEnv();
await migrateAndReport(env.databaseUrl);
const db = createDb(env.databaseUrl);
try {
  const taxonomy = await applyTaxonomy(db);
  if (!taxonomy.ok) {
    for (const issue of taxonomy.issues) console.error(`error: ${formatIssue(issue)}`);
    process.exit(1);
  }
  const request = values.date ? { date: values.date } : values.since ? { since: values.since } : { catchUp: env.daily.catchUpDays };
  const translation = configuredTranslation();
  const result = await runDailyDays(db, request, { settings: env.daily, translation, embed: embedIfModel, log: (line) => console.log(line) });
  if (!result.ok) fail(result.message);
  if (result.skipped.length) console.log(`Already published: ${result.skipped.join(", ")}.`);
  if (result.outcomes.length === 0) console.log("Nothing to do: every listing day asked for is published.");
  for (const outcome of result.outcomes) {
    if (!outcome.ok) {
      console.error(`error: ${outcome.date}: ${outcome.error} (ingest run ${outcome.runId}; the next run tries the day again)`);
      continue;
    }
    for (const issue of outcome.issues) console.error(`error: ${formatIssue(issue)}`);
    const d = outcome.details;
    const digest = d.digest === "none" ? "no digest (no paper in scope)" : `digest ${d.digest}: ${d.published} papers, ${d.translated} with Korean`;
    console.log(`${outcome.date}: ${d.inScope} of ${d.candidates} new papers in scope; ${digest}${d.newConcepts.length ? `; new concepts: ${d.newConcepts.join(", ")}` : ""}. Ingest run ${outcome.runId}.`);
  }
  if (!translation) console.log("Translation is off: no translation engine is configured.");
  if (result.outcomes.some((o) => o.ok && o.details.embedded === null)) console.log("Semantic features are off: no embedding model is installed (npm run models:pull).");
  process.exitCode = result.outcomes.every((o) => o.ok && o.issues.length === 0) ? 0 : 1;
} finally {
  await db.$disconnect();
}
