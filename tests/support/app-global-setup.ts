import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { buildIfNeeded } from "../../scripts/lib/build-if-needed.ts";
import { serveApp } from "../../scripts/lib/serve-app.ts";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster.ts";
import { sqlite } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URLs of the built app, served on a SQLite file and, where possible, on PostgreSQL. */
    appUrls: { sqlite: string; postgresql: string | null };
  }
}

async function loadSampleContent(url: string): Promise<void> {
  await applyMigrations(url);
  const db = createDb(url);
  const taxonomy = await applyTaxonomy(db);
  if (!taxonomy.ok) throw new Error(`taxonomy failed to load: ${taxonomy.issues[0]?.message}`);
  const summary = await ingest(db, { paths: [path.join("content", "digests")] });
  await db.$disconnect();
  if (summary.issues.length > 0) throw new Error(`sample content failed to load: ${summary.issues[0]?.message}`);
}

// Builds the app once, then serves it on a SQLite file and on PostgreSQL side by side.
export default async function setup(project: TestProject) {
  await buildIfNeeded();
  const stops: (() => void)[] = [];
  const sqliteUrl = await sqlite.freshUrl();
  await loadSampleContent(sqliteUrl);
  const sqliteApp = await serveApp(sqliteUrl);
  stops.push(() => sqliteApp.server.kill());

  let postgresApp: string | null = null;
  const cluster = await startPostgresCluster();
  if ("skipped" in cluster) {
    console.warn(`[${project.name}] PostgreSQL app tests skipped: ${cluster.skipped}`);
  } else {
    stops.push(() => cluster.cluster.stop());
    const pgUrl = await cluster.cluster.createDatabase("paperbridge_e2e");
    await loadSampleContent(pgUrl);
    const pgApp = await serveApp(pgUrl);
    stops.unshift(() => pgApp.server.kill());
    postgresApp = pgApp.url;
  }
  project.provide("appUrls", { sqlite: sqliteApp.url, postgresql: postgresApp });
  return () => stops.forEach((stop) => stop());
}
