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
import { NO_POSTGRES, postgresBinDir, startPostgresCluster } from "../../scripts/lib/postgres-cluster.ts";
import { missingPart } from "./missing-parts.ts";
import { sqlite } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URLs of the built app, served on a SQLite file and, where possible, on PostgreSQL. */
    appUrls: { sqlite: string; postgresql: string | null };
    /** The test embedding model the SQLite app reads (scripts/models/write-test-model.ts). */
    testModelDir: string;
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

// Builds the app once, then serves it on a SQLite file (with the test embedding model: semantic
// features on) and on PostgreSQL (without a model: semantic features off) side by side.
export default async function setup(project: TestProject) {
  // Before the build, so that CI without PostgreSQL fails at once.
  const withPostgres = postgresBinDir() !== null;
  if (!withPostgres) missingPart({ part: "PostgreSQL", project: project.name, reason: NO_POSTGRES });
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
  const cluster = withPostgres ? await startPostgresCluster() : null;
  if (cluster && "cluster" in cluster) {
    stops.push(() => cluster.cluster.stop());
    const pgUrl = await cluster.cluster.createDatabase("paperbridge_e2e");
    await loadSampleContent(pgUrl);
    const pgApp = await serveApp(pgUrl, { MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "paperbridge-e2e-no-models-")) });
    stops.unshift(() => pgApp.server.kill());
    postgresApp = pgApp.url;
  }
  project.provide("appUrls", { sqlite: sqliteApp.url, postgresql: postgresApp });
  project.provide("testModelDir", path.join(modelsDir, TEST_MODEL));
  return () => stops.forEach((stop) => stop());
}
