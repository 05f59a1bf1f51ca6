import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfNeeded } from "../../scripts/lib/build-if-needed.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { serveApp } from "../../scripts/lib/serve-app.ts";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster.ts";
import { sqlite } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URLs of the built app, served on a SQLite file and, where possible, on PostgreSQL. */
    appUrls: { sqlite: string; postgresql: string | null };
  }
}

// After the samples, in this order, papers outside any digest for the reader's edge cases: a
// translation made from an older English abstract (stale, one English sentence unmatched), and
// a paper with no Korean at all.
const READER_CASES = ["allreduce-v1-translated.jsonl", "allreduce-v2.jsonl", "english-only.jsonl"].map((name) => path.join("tests", "fixtures", "reader", name));

async function loadSampleContent(url: string): Promise<void> {
  const { db } = await loadContent(url, [[path.join("content", "digests")], ...READER_CASES.map((file) => [file])]);
  await db.$disconnect();
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
