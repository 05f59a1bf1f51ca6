// npm run bench:semantic [-- --sizes 10000,100000]: embedding throughput of the configured model
// (EMBEDDING_MODEL in MODELS_DIR; where it is missing, of the test model, said so), then the
// latency of brute-force vector search over 10k and 100k stored embeddings of the default
// model's size (384) in a fresh SQLite file: loading them, the nearest 1,000 (semantic search),
// the nearest 15 (related papers) and filtering 1,000 candidates by a search plan.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { insertRows } from "../../lib/ingest/bulk-insert.ts";
import { keptPapers } from "../../lib/search/search-backend.ts";
import { paperText } from "../../lib/semantic/embed-papers.ts";
import { loadEmbedder, type EmbedderStatus } from "../../lib/semantic/embedder.ts";
import { embeddingSettings } from "../../lib/semantic/embedding-settings.ts";
import { vectorToBytes } from "../../lib/semantic/vector-bytes.ts";
import { nearest, storedVectors } from "../../lib/semantic/vector-index.ts";
import { TEST_MODEL, writeTestModel } from "../models/write-test-model.ts";
import { percentile, timed } from "./bench-runs.ts";
import { realisticRecords } from "./realistic-records.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "10000,100000" } } });
const DIMS = 384;
const QUERIES = 50;
const dir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-bench-semantic-"));

let seed = 20261125;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647 - 0.5;
function randomUnit(dims: number): Float32Array {
  const v = Float32Array.from({ length: dims }, random);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}
const stats = (samples: number[]) => `p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`;

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}`);
try {
  let status: EmbedderStatus = await loadEmbedder(embeddingSettings());
  if (!status.on) {
    console.log(`Configured model unavailable (${status.reason}).\nMeasuring the test model instead: a tiny network (token embeddings and one dense layer), so its rate bounds the pipeline's own overhead, not a real model's speed.`);
    writeTestModel(dir);
    status = await loadEmbedder(embeddingSettings({ MODELS_DIR: dir, EMBEDDING_MODEL: TEST_MODEL }));
    if (!status.on) throw new Error(status.reason);
  }
  const { embedder } = status;
  const texts = [...realisticRecords(544)].map((r) => paperText({ title: r.title, abstractEn: r.abstract }));
  await embedder.embedPassages(texts.slice(0, 32));
  const seconds = (await timed(async () => {
    for (let i = 32; i < texts.length; i += 32) await embedder.embedPassages(texts.slice(i, i + 32));
  })) / 1000;
  console.log(`Embedding: ${embedder.model} (${embedder.dims} dimensions), ${texts.length - 32} abstracts in batches of 32: ${((texts.length - 32) / seconds).toFixed(1)} papers/s`);

  for (const size of values.sizes.split(",").map(Number)) {
    const url = `file:${path.join(dir, `vectors-${size}.db`)}`;
    await applyMigrations(url);
    const db = createDb(url);
    const now = new Date();
    await db.$transaction(
      async (tx) => {
        await insertRows(tx, "Paper", ["titleKey", "title", "abstractEn", "englishHash", "contentHash", "listedOn", "createdAt", "updatedAt"], Array.from({ length: size }, (_, i) => [`p${i}`, `Paper ${i}`, "Abstract.", "h", "c", i % 2 ? "2025-06-01" : "2025-07-01", now, now]));
        await insertRows(tx, "Embedding", ["paperId", "model", "vector", "textHash", "updatedAt"], Array.from({ length: size }, (_, i) => [i + 1, "bench", vectorToBytes(randomUnit(DIMS)), "h", now]));
      },
      { timeout: 600_000 },
    );
    const before = process.memoryUsage().rss;
    const load = await timed(() => storedVectors(db, "bench"));
    const matrix = await storedVectors(db, "bench");
    const rss = (process.memoryUsage().rss - before) / 2 ** 20;
    const search: number[] = [];
    const related: number[] = [];
    const filter: number[] = [];
    const plan = { phrases: [], excludes: [], conceptIds: [], categories: [], from: "2025-06-01", to: "2025-06-30" };
    for (let q = 0; q < QUERIES; q++) {
      const query = randomUnit(DIMS);
      let top: number[] = [];
      search.push(await timed(async () => (top = nearest(matrix, query, 1000).map((n) => n.paperId))));
      related.push(await timed(async () => nearest(matrix, query, 15, (id) => id === 1)));
      filter.push(await timed(() => keptPapers(db, plan, top)));
    }
    console.log(
      `${size.toLocaleString("en")} vectors × ${DIMS}: load ${load.toFixed(0)} ms (+${rss.toFixed(0)} MB RSS, matrix ${((size * DIMS * 4) / 2 ** 20).toFixed(0)} MB) | nearest 1,000: ${stats(search)} | nearest 15: ${stats(related)} | filter 1,000 by date: ${stats(filter)}`,
    );
    await db.$disconnect();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
