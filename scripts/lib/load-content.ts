import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { createDb, type Db } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";

/**
 * Migrates a database, loads the concept taxonomy and ingests each group of inputs in turn
 * (for the test apps and benchmarks); throws on the first issue. The caller disconnects.
 */
export async function loadContent(url: string, inputs: string[][]): Promise<{ db: Db; added: number }> {
  await applyMigrations(url);
  const db = createDb(url);
  const taxonomy = await applyTaxonomy(db);
  if (!taxonomy.ok) throw new Error(`the concept taxonomy failed to load: ${taxonomy.issues[0]?.message}`);
  let added = 0;
  for (const paths of inputs) {
    const summary = await ingest(db, { paths });
    if (summary.issues.length > 0) throw new Error(`${paths.join(", ")} failed to load: ${JSON.stringify(summary.issues.slice(0, 3))}`);
    added += summary.added;
  }
  return { db, added };
}
