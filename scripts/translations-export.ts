// npm run translations:export -- (--date D | --since D | --query "words") [--format csv|jsonl] [--machine-only] [--out FILE]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { isCalendarDate } from "../lib/dates/calendar-date.ts";
import { createDb } from "../lib/db/create-db.ts";
import { searchPapers } from "../lib/search/search-papers.ts";
import {
  exportRows,
  toCsv,
  toJsonl,
  type ExportScope,
} from "../lib/translation/export-translations.ts";
import { writeSession } from "./lib/write-session.ts";

const USAGE =
  'usage: npm run translations:export -- (--date YYYY-MM-DD | --since YYYY-MM-DD | --query "words") [--format csv|jsonl] [--machine-only] [--out FILE]';
const MAX_QUERY_PAPERS = 10_000;

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
        query: { type: "string" },
        format: { type: "string", default: "csv" },
        "machine-only": { type: "boolean", default: false },
        out: { type: "string" },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if ([values.date, values.since, values.query].filter((v) => v !== undefined).length !== 1)
  fail("name exactly one of --date, --since, --query");
for (const option of ["date", "since"] as const)
  if (values[option] !== undefined && !isCalendarDate(values[option]))
    fail(`--${option} ${values[option]}: not a date written YYYY-MM-DD`);
if (values.format !== "csv" && values.format !== "jsonl")
  fail(`--format ${values.format}: not csv or jsonl`);

const env = readEnv();
// Migrating is a write, so it waits its turn; the export itself only reads.
await writeSession(env.databaseUrl, async () => undefined, process.stderr);
const db = createDb(env.databaseUrl);
try {
  let scope: ExportScope;
  if (values.query !== undefined) {
    const ids: number[] = [];
    for (let page = 1; ids.length < MAX_QUERY_PAPERS; page++) {
      const found = await searchPapers(db, { q: values.query, page });
      if (!found.ok) fail(`--query: ${found.message}`);
      ids.push(...found.result.results.map((r) => r.id));
      if (ids.length >= found.result.total || found.result.results.length === 0) break;
    }
    scope = { paperIds: ids };
  } else scope = values.date ? { date: values.date } : { since: values.since! };
  const rows = await exportRows(db, scope, { machineOnly: values["machine-only"] });
  const text = values.format === "csv" ? toCsv(rows) : toJsonl(rows);
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(
      `Wrote ${rows.length} translation(s) to ${values.out}. Correct the Korean, delete the rows you did not review, put your name in translation_by, then: npm run ingest -- ${values.out}`,
    );
  } else process.stdout.write(text);
} finally {
  await db.$disconnect();
}
