import { applyTaxonomy, type ApplyTaxonomyResult } from "../../lib/concepts/apply-taxonomy.ts";
import { createDb, type Db } from "../../lib/db/create-db.ts";
import { formatIssue } from "../../lib/ingest/ingest-issue.ts";
import { writeSession } from "./write-session.ts";

type TaxonomyApplied = Extract<ApplyTaxonomyResult, { ok: true }>;

/**
 * A command's writes as the database's one writer (writeSession), with the concept taxonomy of
 * content/concepts synced first; a taxonomy with problems ends the process with status 1,
 * naming each.
 */
export function taxonomySession<T>(
  url: string,
  fn: (db: Db, taxonomy: TaxonomyApplied) => Promise<T>,
): Promise<T> {
  return writeSession(url, async () => {
    const db = createDb(url);
    try {
      const taxonomy = await applyTaxonomy(db);
      if (!taxonomy.ok) {
        for (const issue of taxonomy.issues) console.error(`error: ${formatIssue(issue)}`);
        process.exit(1);
      }
      return await fn(db, taxonomy);
    } finally {
      await db.$disconnect();
    }
  });
}
