// npm run daily [-- --date YYYY-MM-DD | --since YYYY-MM-DD]: fetches the day's arXiv and Hugging
// Face listings, keeps the LLM papers, ranks, translates, embeds and publishes the digest.
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { configuredTranslation } from "../lib/daily/translation-stage.ts";
import { embedIfModel, runDailyDays } from "../lib/daily/run-daily-days.ts";
import { isCalendarDate } from "../lib/dates/calendar-date.ts";
import { reportDaily } from "./lib/daily-report.ts";
import { taxonomySession } from "./lib/taxonomy-session.ts";

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
  if (values[option] !== undefined && !isCalendarDate(values[option]))
    fail(`--${option} ${values[option]}: not a date written YYYY-MM-DD`);
}

const env = readEnv();
await taxonomySession(env.databaseUrl, async (db) => {
  const request = values.date
    ? { date: values.date }
    : values.since
      ? { since: values.since }
      : { catchUp: env.daily.catchUpDays };
  const log = (line: string) => console.log(line);
  const result = await runDailyDays(db, request, {
    settings: env.daily,
    translation: await configuredTranslation(env.translation, log),
    embed: embedIfModel,
    log,
  });
  if (!result.ok) fail(result.message);
  const published = reportDaily(result, console.log, console.error);
  process.exitCode = published ? 0 : 1;
});
