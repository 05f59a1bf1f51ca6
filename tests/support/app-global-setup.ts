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
import { startListingReplay } from "../../scripts/lib/listing-replay.ts";
import { missingPart } from "./missing-parts.ts";
import { runScript } from "./run-cli.ts";
import { sqlite } from "./test-databases.ts";
import { readTranslationEnv } from "../../lib/config/translation-env.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { openAiEngine } from "../../lib/translation/engines/openai-engine.ts";
import { translatePapers } from "../../lib/translation/translate-papers.ts";
import { startFakeChatServer, translateItems } from "./fake-chat-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * Base URLs of the built app, served on a SQLite file and, where possible, on PostgreSQL; and
     * on a SQLite file where the daily run published 20 May 2025 from the replayed listings.
     */
    appUrls: { sqlite: string; postgresql: string | null; daily: string };
    /** The test embedding model the SQLite app reads (scripts/models/write-test-model.ts). */
    testModelDir: string;
  }
}

// After the samples, in this order, papers outside any digest for the reader's edge cases: a
// translation made from an older English abstract (stale, one English sentence unmatched), a
// paper with no Korean at all, and one the app translates itself (below).
const READER_CASES = ["allreduce-v1-translated.jsonl", "allreduce-v2.jsonl", "english-only.jsonl", "machine-translated.jsonl"].map((name) => path.join("tests", "fixtures", "reader", name));
export const MACHINE_TRANSLATED = "2508.12687";
/** The listing day the daily app's run published. */
export const DAILY_DAY = "2025-05-20";

/**
 * Translates MACHINE_TRANSLATED with the OpenAI-compatible engine against a local chat server
 * that renders "hallucinations" in its second sentence as 쇄도, a glossary finding to show.
 */
async function machineTranslate(url: string): Promise<void> {
  const server = await startFakeChatServer([], {
    reply: (items, request) => {
      const reply = JSON.parse(translateItems(items, request).content);
      for (const t of reply.translations) if (t.id === 2) t.ko = t.ko.replace("환각", "쇄도");
      return { content: JSON.stringify(reply) };
    },
  });
  const db = createDb(url);
  try {
    const engine = openAiEngine(readTranslationEnv({ TRANSLATION_ENGINE: "openai", TRANSLATION_BASE_URL: server.baseUrl, TRANSLATION_MODEL: "test-model" }));
    const paper = await db.paper.findUniqueOrThrow({ where: { arxivId: MACHINE_TRANSLATED }, select: { id: true } });
    const summary = await translatePapers(db, { engine, scope: { paperIds: [paper.id] }, label: "e2e setup" });
    if (summary.translated !== 1) throw new Error(`the e2e machine translation failed: ${JSON.stringify(summary.failures)}`);
  } finally {
    await db.$disconnect();
    await server.close();
  }
}

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
  await machineTranslate(url);
}

/**
 * The samples, then `npm run daily -- --date 2025-05-20` against the replayed listings, which
 * translates the day's papers with the OpenAI-compatible engine against a local chat server.
 */
async function loadDailyContent(url: string): Promise<void> {
  const { db } = await loadContent(url, [[path.join("content", "digests")]]);
  await db.$disconnect();
  const [replay, chat] = await Promise.all([startListingReplay(), startFakeChatServer()]);
  try {
    const run = await runScript("scripts/daily.ts", ["--date", DAILY_DAY], {
      DATABASE_URL: url,
      ...replay.env,
      TRANSLATION_ENGINE: "openai",
      TRANSLATION_BASE_URL: chat.baseUrl,
      TRANSLATION_MODEL: "test-model",
      MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "paperbridge-e2e-no-models-")),
    });
    if (run.status !== 0) throw new Error(`npm run daily failed: ${run.stderr}${run.stdout}`);
  } finally {
    await Promise.all([replay.close(), chat.close()]);
  }
}

// Builds the app once, then serves it on a SQLite file (with the test embedding model: semantic
// features on) and on PostgreSQL (without a model: semantic features off) side by side, and on
// a third database where the daily run published a real day's listings.
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
  const dailyUrl = await sqlite.freshUrl();
  await loadDailyContent(dailyUrl);
  const dailyApp = await serveApp(dailyUrl, { MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "paperbridge-e2e-no-models-")) });
  stops.unshift(() => dailyApp.server.kill());
  project.provide("appUrls", { sqlite: sqliteApp.url, postgresql: postgresApp, daily: dailyApp.url });
  // The same server for suites that make their own databases (testDialects).
  project.provide("pgAdminUrl", cluster && "cluster" in cluster ? cluster.cluster.adminUrl : null);
  project.provide("testModelDir", path.join(modelsDir, TEST_MODEL));
  return () => stops.forEach((stop) => stop());
}
