// npm run translate -- [--date D | --since D | --paper ID | --all-missing] [--engine E] [--dry-run] [--max-cost N]
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { isCalendarDate } from "../lib/dates/calendar-date.ts";
import { createDb } from "../lib/db/create-db.ts";
import { parsePaperKey } from "../lib/queries/paper-key.ts";
import { ENGINE_NAMES, type EngineName } from "../lib/translation/engine.ts";
import type { TranslationScope } from "../lib/translation/translate-papers.ts";
import { translateWithProgress } from "./lib/translate-with-progress.ts";
import { writeSession } from "./lib/write-session.ts";

const USAGE = `usage: npm run translate -- (--date YYYY-MM-DD | --since YYYY-MM-DD | --paper ID | --all-missing) [--engine ${ENGINE_NAMES.join("|")}] [--dry-run] [--max-cost DOLLARS]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        date: { type: "string" },
        since: { type: "string" },
        paper: { type: "string" },
        "all-missing": { type: "boolean", default: false },
        engine: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        "max-cost": { type: "string" },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const scopes = [
  values.date !== undefined,
  values.since !== undefined,
  values.paper !== undefined,
  values["all-missing"],
].filter(Boolean).length;
if (scopes !== 1) fail("name exactly one of --date, --since, --paper, --all-missing");
for (const option of ["date", "since"] as const) {
  const value = values[option];
  if (value !== undefined && !isCalendarDate(value))
    fail(`--${option} ${value}: not a date written YYYY-MM-DD`);
}
if (values.engine !== undefined && !ENGINE_NAMES.includes(values.engine as EngineName))
  fail(`--engine ${values.engine}: not one of ${ENGINE_NAMES.join(", ")}`);
const maxCost = values["max-cost"] === undefined ? null : Number(values["max-cost"]);
if (maxCost !== null && !(Number.isFinite(maxCost) && maxCost >= 0))
  fail(`--max-cost ${values["max-cost"]}: not an amount of US dollars such as 2.50`);
const key = values.paper === undefined ? null : parsePaperKey(values.paper);
if (values.paper !== undefined && !key)
  fail(`--paper ${values.paper}: neither a paper id nor an arXiv id such as 2312.04876`);

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv({
    ...process.env,
    ...(values.engine ? { TRANSLATION_ENGINE: values.engine } : {}),
  });
} catch (error) {
  fail((error as Error).message);
}
await writeSession(env.databaseUrl, async () => {
  const db = createDb(env.databaseUrl);
  try {
    let scope: TranslationScope;
    if (key) {
      const paper = await db.paper.findFirst({ where: key, select: { id: true } });
      if (!paper) fail(`--paper ${values.paper}: no such paper`);
      scope = { paperIds: [paper.id] };
    } else if (values.date) scope = { date: values.date };
    else if (values.since) scope = { since: values.since };
    else scope = { allMissing: true };
    const label = values.date
      ? `--date ${values.date}`
      : values.since
        ? `--since ${values.since}`
        : values.paper
          ? `--paper ${values.paper}`
          : "--all-missing";
    const summary = await translateWithProgress(db, {
      scope,
      label,
      engine: values.engine as EngineName | undefined,
      dryRun: values["dry-run"],
      maxCost,
    });
    process.exitCode = summary === null ? 2 : summary.failed > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
});
