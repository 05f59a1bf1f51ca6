import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfNeeded } from "../../scripts/lib/build-if-needed.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { TEST_MODEL, writeTestModel } from "../../scripts/models/write-test-model.ts";
import { embedConcepts, embedPapers } from "../../lib/semantic/embed-papers.ts";
import { loadEmbedder } from "../../lib/semantic/embedder.ts";
import { embeddingSettings, type EmbeddingSettings } from "../../lib/semantic/embedding-settings.ts";
import { serveApp } from "../../scripts/lib/serve-app.ts";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster.ts";
import { readEnv } from "../../lib/config/env.ts";
import { runDailyDays } from "../../lib/daily/run-daily-days.ts";
import { startListingReplay } from "../../scripts/lib/listing-replay.ts";
import { sqlite } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * Base URLs of the built app, served on a SQLite file and, where possible, on PostgreSQL; and
     * on a SQLite file where the daily run published 20 May 2025 from the replayed listings.
     */
    appUrls: { sqlite: string; postgresql: string | null; daily: string };
  }
}

// After the samples, in this order, papers outside any digest for the reader's edge cases: a
// translation made from an older English abstract (stale, one English sentence unmatched), and
// a paper with no Korean at all.
const READER_CASES = ["allreduce-v1-translated.jsonl", "allreduce-v2.jsonl", "english-only.jsonl"].map((name) => path.join("tests", "fixtures", "reader", name));

/** Loads the samples; with an embedding model, embeds them as `npm run embed` would. */
async function loadSampleContent(url: string, semantic?: EmbeddingSettings): Promise<void> {
  const { db } = await loadContent(url, [[path.join("content", "digests")], ...READER_CASES.map((file) => [file])]);
  if (semantic) {
    const status = await loadEmbedder(semantic);
    if (!status.on) throw new Error(status.reason);
    await embedConcepts(db, status.embedder);
    await embedPapers(db, status.embedder);
  }
  await db.$disconnect();
}

/** The samples, then the daily run of 20 May 2025 against the replayed listings (as `npm run daily -- --date 2025-05-20`). */
async function loadDailyContent(url: string): Promise<void> {
  const { db } = await loadContent(url, [[path.join("content", "digests")]]);
  const replay = await startListingReplay();
  try {
    const settings = { ...readEnv({ ...process.env, ...replay.env }).daily };
    const result = await runDailyDays(db, { date: "2025-05-20" }, { settings, translation: null, embed: async () => null, politeness: { delayMs: 0 } });
    if (!result.ok || !result.outcomes.every((o) => o.ok)) throw new Error(`the daily run failed: ${JSON.stringify(result)}`);
  } finally {
    await replay.close();
    await db.$disconnect();
  }
}

// Builds the app once, then serves it on a SQLite file (with the test embedding model: semantic
// features on) and on PostgreSQL (without a model: semantic features off) side by side, and on
// a third database where the daily run published a real day's listings.
export default async function setup(project: TestProject) {
  await buildIfNeeded();
  const stops: (() => void)[] = [];
  const modelsDir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-e2e-models-"));
  writeTestModel(modelsDir);
  const semanticEnv = { MODELS_DIR: modelsDir, EMBEDDING_MODEL: TEST_MODEL };
  const sqliteUrl = await sqlite.freshUrl();
  await loadSampleContent(sqliteUrl, embeddingSettings(semanticEnv));
  const sqliteApp = await serveApp(sqliteUrl, semanticEnv);
  stops.push(() => sqliteApp.server.kill());

  let postgresApp: string | null = null;
  const cluster = await startPostgresCluster();
  if ("skipped" in cluster) {
    console.warn(`[${project.name}] PostgreSQL app tests skipped: ${cluster.skipped}`);
  } else {
    stops.push(() => cluster.cluster.stop());
    const pgUrl = await cluster.cluster.createDatabase("paperbridge_e2e");
    await loadSampleContent(pgUrl);
    const pgApp = await serveApp(pgUrl, { MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "paperbridge-e2e-no-models-")) });
    stops.unshift(() => pgApp.server.kill());
    postgresApp = pgApp.url;
  }
  const dailyUrl = await sqlite.freshUrl();
  await loadDailyContent(dailyUrl);
  const dailyApp = await serveApp(dailyUrl, { MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "paperbridge-e2e-no-models-")) });
  stops.unshift(() => dailyApp.server.kill());
  project.provide("appUrls", { sqlite: sqliteApp.url, postgresql: postgresApp, daily: dailyApp.url });
  return () => stops.forEach((stop) => stop());
}
