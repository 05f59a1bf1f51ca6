import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { refreshAlignments } from "../../lib/ingest/refresh-alignments.ts";
import { ensureSearchIndex } from "../../lib/search/search-index.ts";

/** Applies pending migrations, then brings the search index and the sentence alignments up to date. */
export async function migrateAndReport(url: string): Promise<void> {
  const report = await applyMigrations(url);
  const where = url.startsWith("file:") ? url.slice(5) : url.replace(/\/\/[^@/]*@/, "//");
  if (report.applied.length) console.log(`Applied ${report.applied.length} migration(s) to ${where}: ${report.applied.join(", ")}`);
  else console.log(`Database ${where} is up to date (${report.alreadyApplied} migrations).`);
  if (report.unknown.length) console.warn(`The database has migrations this checkout does not know: ${report.unknown.join(", ")}`);
  const db = createDb(url);
  try {
    const indexed = await ensureSearchIndex(db, { onProgress: (done, total) => process.stdout.write(`\rindexing papers for search: ${done}/${total}`) });
    if (indexed > 0) console.log(`\nIndexed ${indexed} papers for search.`);
    const aligned = await refreshAlignments(db, (done, total) => process.stdout.write(`\raligning sentences: ${done}/${total}`));
    if (aligned > 0) console.log(`\nAligned the sentences of ${aligned} papers.`);
  } finally {
    await db.$disconnect();
  }
}
