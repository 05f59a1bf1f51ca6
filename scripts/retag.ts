// npm run retag [-- --all]: loads content/concepts into the database and re-tags the papers
// that the taxonomy change affects (every paper with --all).
import { parseArgs } from "node:util";
import { applyTaxonomy } from "../lib/concepts/apply-taxonomy.ts";
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { formatIssue } from "../lib/ingest/ingest-issue.ts";
import { writeSession } from "./lib/write-session.ts";

const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
const env = readEnv();
await writeSession(env.databaseUrl, async () => {
  const db = createDb(env.databaseUrl);
  try {
    const result = await applyTaxonomy(db, { all: values.all, onProgress: (done, total) => process.stdout.write(`\rre-tagged ${done}/${total} papers`) });
    if (!result.ok) {
      for (const issue of result.issues) console.error(`error: ${formatIssue(issue)}`);
      process.exitCode = 1;
    } else {
      const { change, retag } = result;
      if (retag.retagged > 0) process.stdout.write("\n");
      console.log(`Taxonomy: ${change.added.length} added, ${change.changed.length} changed, ${change.removed.length} removed, ${change.relabelled.length} relabelled.`);
      console.log(`Re-tagged ${retag.retagged} papers (scanned ${retag.scanned}).`);
    }
  } finally {
    await db.$disconnect();
  }
});
