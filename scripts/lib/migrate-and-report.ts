import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { refreshAlignments } from "../../lib/ingest/refresh-alignments.ts";
import { ensureSearchIndex } from "../../lib/search/search-index.ts";

/**
 * Applies pending migrations, then brings the search index and the sentence alignments up to
 * date, reporting on `out` (stderr for commands whose stdout is data).
 */
export async function migrateAndReport(url: string, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const report = await applyMigrations(url);
  const where = url.startsWith("file:") ? url.slice(5) : url.replace(/\/\/[^@/]*@/, "//");
  if (report.applied.length) out.write(`Applied ${report.applied.length} migration(s) to ${where}: ${report.applied.join(", ")}\n`);
  else out.write(`Database ${where} is up to date (${report.alreadyApplied} migrations).\n`);
  if (report.unknown.length) console.warn(`The database has migrations this checkout does not know: ${report.unknown.join(", ")}`);
  const db = createDb(url);
  try {
    const indexed = await ensureSearchIndex(db, { onProgress: (done, total) => out.write(`\rindexing papers for search: ${done}/${total}`) });
    if (indexed > 0) out.write(`\nIndexed ${indexed} papers for search.\n`);
    const aligned = await refreshAlignments(db, (done, total) => out.write(`\raligning sentences: ${done}/${total}`));
    if (aligned > 0) out.write(`\nAligned the sentences of ${aligned} papers.\n`);
  } finally {
    await db.$disconnect();
  }
}
