import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";

export async function migrateAndReport(url: string): Promise<void> {
  const report = await applyMigrations(url);
  const where = url.startsWith("file:") ? url.slice(5) : url.replace(/\/\/[^@/]*@/, "//");
  if (report.applied.length) console.log(`Applied ${report.applied.length} migration(s) to ${where}: ${report.applied.join(", ")}`);
  else console.log(`Database ${where} is up to date (${report.alreadyApplied} migrations).`);
  if (report.unknown.length) console.warn(`The database has migrations this checkout does not know: ${report.unknown.join(", ")}`);
}
