// npm run translations:check [-- --all]: runs the quality checks over every stored translation
// (made here or imported) whose findings are missing or out of date (--all: every one), and
// lists what they found.
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { loadGlossary } from "../lib/translation/glossary.ts";
import { checkStoredTranslations } from "../lib/translation/record-checks.ts";
import { writeSession } from "./lib/write-session.ts";

const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
const env = readEnv();
await writeSession(env.databaseUrl, async () => {
  const db = createDb(env.databaseUrl);
  try {
    const report = await checkStoredTranslations(db, loadGlossary(), {
      all: values.all,
      onProgress: (done, total) => process.stderr.write(`\rchecking ${done}/${total} translations`),
    });
    if (report.translations > 0) process.stderr.write("\n");
    const kinds = Object.entries(report.byKind)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(", ");
    console.log(
      `${report.translations} translation(s), ${report.rechecked} checked now; ${report.withFindings} with findings${kinds ? ` (${kinds})` : ""}.`,
    );
    for (const paper of report.flagged) {
      console.log(`paper ${paper.arxivId ?? paper.paperId} (/api/papers/${paper.paperId}):`);
      for (const f of paper.findings)
        console.log(`  ${f.sentence ? `#s${f.sentence}` : "title/whole"} ${f.kind}: ${f.message}`);
    }
    if (report.withFindings > report.flagged.length)
      console.log(
        `... and ${report.withFindings - report.flagged.length} more papers with findings.`,
      );
  } finally {
    await db.$disconnect();
  }
});
