import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AutoTokenizer } from "@huggingface/transformers";
import onnxProto from "onnx-proto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { searchPapers } from "../../lib/search/search-papers.ts";
import { SEMANTIC_DEPTH } from "../../lib/search/semantic-scope.ts";
import { fuseRankings } from "../../lib/semantic/fuse-rankings.ts";
import { embedConcepts, embedPapers } from "../../lib/semantic/embed-papers.ts";
import { loadEmbedder, type Embedder, type EmbedderStatus } from "../../lib/semantic/embedder.ts";
import { embeddingSettings, type EmbeddingSettings } from "../../lib/semantic/embedding-settings.ts";
import { NEAR_DUPLICATE, paperNeighbours } from "../../lib/semantic/paper-neighbours.ts";
import { bytesToVector, dot } from "../../lib/semantic/vector-bytes.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { TEST_MODEL, writeTestModel } from "../../scripts/models/write-test-model.ts";
import { testDialects } from "../support/test-databases.ts";

const modelsDir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-models-"));
const dims = writeTestModel(modelsDir);
const settings: EmbeddingSettings = embeddingSettings({ MODELS_DIR: modelsDir, EMBEDDING_MODEL: TEST_MODEL });
let status: EmbedderStatus;
let embedder: Embedder;

beforeAll(async () => {
  status = await loadEmbedder(settings);
  if (!status.on) throw new Error(status.reason);
  embedder = status.embedder;
});

const norm = (v: Float32Array) => Math.hypot(...v);

describe("the embedding model, loaded through transformers.js's local-files path", () => {
  it("embeds a batch into unit vectors of the model's size", async () => {
    const vectors = await embedder.embedPassages(["We quantize LLMs to 4 bits.", "검색 증강 생성은 외부 문서를 활용한다.", "x"]);
    expect(embedder.dims).toBe(dims);
    expect(vectors.map((v) => v.length)).toEqual([dims, dims, dims]);
    for (const v of vectors) expect(norm(v)).toBeCloseTo(1, 5);
  });

  it("mean-pools the token vectors over the attention mask, then normalises", async () => {
    const model = onnxProto.onnx.ModelProto.decode(readFileSync(path.join(modelsDir, TEST_MODEL, "onnx", "model.onnx")));
    const table = model.graph!.initializer!.find((t) => t.name === "embeddings")!;
    const raw = table.rawData!;
    const rows = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const tokenizer = await AutoTokenizer.from_pretrained(TEST_MODEL, { local_files_only: true });
    const text = "LoRA 양자화를 적용한다";
    const ids = (tokenizer(text).input_ids.tolist() as bigint[][])[0]!.map(Number);
    expect(tokenizer.decode(ids)).toBe("[CLS] lora 양자화를 [UNK] [SEP]");
    const mean = new Float32Array(dims);
    for (const id of ids) for (let d = 0; d < dims; d++) mean[d]! += rows[id * dims + d]! / ids.length;
    const expected = mean.map((x) => x / norm(mean));
    const [alone, padded] = await embedder.embedPassages([text, `${text} and a much longer sentence about retrieval augmented generation`]);
    const [batched] = await embedder.embedPassages([text, "x"]);
    for (let d = 0; d < dims; d++) expect(alone![d]).toBeCloseTo(expected[d]!, 5);
    expect(dot(alone!, batched!)).toBeCloseTo(1, 6);
    expect(dot(alone!, padded!)).toBeLessThan(0.99);
  });

  it("is off, saying why, when the model's files are missing or broken", async () => {
    const missing = await loadEmbedder(embeddingSettings({ MODELS_DIR: path.join(modelsDir, "none"), EMBEDDING_MODEL: TEST_MODEL }));
    expect(missing).toMatchObject({ on: false, reason: expect.stringMatching(/missing config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx/) });
    const broken = mkdtempSync(path.join(os.tmpdir(), "paperbridge-broken-model-"));
    writeTestModel(broken);
    writeFileSync(path.join(broken, TEST_MODEL, "onnx", "model.onnx"), "not an onnx graph");
    const status = await loadEmbedder(embeddingSettings({ MODELS_DIR: broken, EMBEDDING_MODEL: TEST_MODEL }));
    expect(status).toMatchObject({ on: false, reason: expect.stringMatching(/did not load/) });
  });

  it("puts a Korean term next to its English counterpart and away from other concepts", async () => {
    const [quantKo, quantEn, rag] = await embedder.embedPassages(["양자화", "quantization", "retrieval-augmented generation"]);
    expect(dot(quantKo!, quantEn!)).toBeGreaterThan(0.8);
    expect(dot(quantKo!, rag!)).toBeLessThan(0.3);
  });
});

describe.each(testDialects())("the semantic layer on $dialect", ({ freshUrl }) => {
  let db: Db;
  let papers: number;
  beforeAll(async () => {
    const loaded = await loadContent(await freshUrl(), [[path.join("content", "digests")], [path.join("tests", "fixtures", "sources", "arxiv-daily-crawl-2025-08-19.jsonl")]]);
    db = loaded.db;
    papers = await db.paper.count();
  });
  afterAll(() => db?.$disconnect());

  it("stores an embedding per paper and model, and later runs embed only new or changed papers", async () => {
    const progress: [number, number][] = [];
    expect(await embedPapers(db, embedder, (done, total) => progress.push([done, total]))).toBe(papers);
    expect(progress.at(-1)).toEqual([papers, papers]);
    const stored = await db.embedding.findMany({ where: { model: TEST_MODEL } });
    expect(stored).toHaveLength(papers);
    expect(stored.every((e) => e.vector.byteLength === dims * 4)).toBe(true);
    expect(norm(bytesToVector(stored[0]!.vector))).toBeCloseTo(1, 5);
    expect(await embedPapers(db, embedder)).toBe(0);

    const changed = path.join(mkdtempSync(path.join(os.tmpdir(), "paperbridge-embed-")), "changed.jsonl");
    const line = JSON.parse(readFileSync(path.join("tests", "fixtures", "sources", "arxiv-daily-crawl-2025-08-19.jsonl"), "utf8").split("\n")[0]!);
    writeFileSync(changed, JSON.stringify({ ...line, summary: `${line.summary} We also study LoRA adapters.` }));
    expect((await ingest(db, { paths: [changed] })).updated).toBe(1);
    const before = await db.embedding.findFirstOrThrow({ where: { paper: { arxivId: line.id } } });
    expect(await embedPapers(db, embedder)).toBe(1);
    const after = await db.embedding.findFirstOrThrow({ where: { paper: { arxivId: line.id } } });
    expect(after.textHash).not.toBe(before.textHash);
    expect(dot(bytesToVector(after.vector), bytesToVector(before.vector))).toBeLessThan(0.999);
    expect(await embedConcepts(db, embedder)).toBe(await db.concept.count());
    expect(await embedConcepts(db, embedder)).toBe(0);
  });

  it("finds an English-only paper from a Korean query that shares none of its words", async () => {
    const marl = (await db.paper.findFirstOrThrow({ where: { arxivId: "2508.11706" }, select: { id: true } })).id;
    // Quoted, the words as written: unquoted, 강화 학습 names reinforcement learning and finds
    // the paper by the concept's English name, which is lexical search's doing, not the embeddings'.
    const lexical = await searchPapers(db, { q: '"강화 학습"' });
    expect(lexical.ok && lexical.result.results.map((r) => r.id)).not.toContain(marl);
    const semantic = await searchPapers(db, { q: '"강화 학습"', mode: "semantic" }, status);
    if (!semantic.ok) throw new Error(semantic.message);
    expect(semantic.result.mode).toBe("semantic");
    expect(semantic.result.results.slice(0, 5).map((r) => r.id)).toContain(marl);
    const scores = semantic.result.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("hybrid search fuses the lexical and the semantic ranking and honours filters", async () => {
    const all = async (request: Parameters<typeof searchPapers>[1]) => {
      const ids: number[] = [];
      for (let page = 1; ; page++) {
        const outcome = await searchPapers(db, { ...request, page }, status);
        if (!outcome.ok) throw new Error(outcome.message);
        if (outcome.result.results.length === 0) return { ids, total: outcome.result.total };
        ids.push(...outcome.result.results.map((r) => r.id));
      }
    };
    const lexical = await all({ q: "LoRA" });
    const semantic = await all({ q: "LoRA", mode: "semantic" });
    const hybrid = await all({ q: "LoRA", mode: "hybrid" });
    expect(lexical.ids.length).toBeGreaterThan(1);
    expect(semantic.ids.length).toBe(Math.min(papers, SEMANTIC_DEPTH));
    expect(hybrid.ids).toEqual(fuseRankings([lexical.ids, semantic.ids]).map((f) => f.paperId));
    expect(hybrid.total).toBe(new Set([...lexical.ids, ...semantic.ids]).size);

    const filtered = await all({ q: "LoRA", mode: "hybrid", categories: ["cs.MA"] });
    const inCategory = await db.paperCategory.findMany({ where: { category: "cs.MA" }, select: { paperId: true } });
    expect(filtered.ids.length).toBeGreaterThan(0);
    expect(filtered.ids.every((id) => inCategory.some((c) => c.paperId === id))).toBe(true);
  });

  it("says semantic search is off without a model, and nothing of the server's setup", async () => {
    const settings = embeddingSettings({ MODELS_DIR: path.join(modelsDir, "none") });
    const status = await loadEmbedder(settings);
    // The operator's reason (where the model should be, how to get it) is for the server log.
    expect(!status.on && status.reason).toMatch(/npm run models:pull/);
    const off = await searchPapers(db, { q: "LoRA", mode: "hybrid" }, status);
    expect(off).toMatchObject({ ok: false, code: "semantic_off", problem: { key: "semanticOff" } });
    expect(!off.ok && off.message).not.toMatch(/npm|models|\//);
  });

  it("relates a paper to its nearest neighbours, never to itself or a copy, and suggests concepts it was not tagged with", async () => {
    const paper = await db.paper.findFirstOrThrow({ where: { arxivId: "2508.11733" }, select: { id: true, title: true, abstractEn: true } });
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), "paperbridge-copy-")), "copy.jsonl");
    writeFileSync(copy, JSON.stringify({ arxiv_id: "2599.00001", title: `${paper.title}`.replace("SafeSieve", "SafeSieve copy"), authors: ["A"], abstract: paper.abstractEn }));
    await ingest(db, { paths: [copy] });
    await embedPapers(db, embedder);
    const copyId = (await db.paper.findFirstOrThrow({ where: { arxivId: "2599.00001" }, select: { id: true } })).id;
    const own = bytesToVector((await db.embedding.findFirstOrThrow({ where: { paperId: paper.id } })).vector);
    const copyVector = bytesToVector((await db.embedding.findFirstOrThrow({ where: { paperId: copyId } })).vector);
    expect(dot(own, copyVector)).toBeGreaterThanOrEqual(NEAR_DUPLICATE);

    const neighbours = await paperNeighbours(db, settings, paper.id);
    if (neighbours.status !== "on") throw new Error(neighbours.status);
    const relatedIds = neighbours.related.map((r) => r.id);
    expect(relatedIds).toHaveLength(5);
    expect(relatedIds).not.toContain(paper.id);
    expect(relatedIds).not.toContain(copyId);
    const sims = neighbours.related.map((r) => r.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));

    const tagged = new Set((await db.paperConcept.findMany({ where: { paperId: paper.id }, select: { concept: { select: { slug: true } } } })).map((t) => t.concept.slug));
    expect(neighbours.suggestedConcepts.length).toBeGreaterThan(0);
    for (const s of neighbours.suggestedConcepts) {
      expect(tagged.has(s.slug)).toBe(false);
      expect(s.similarity).toBeGreaterThanOrEqual(settings.suggestMin);
    }
    expect(await paperNeighbours(db, embeddingSettings({ MODELS_DIR: path.join(modelsDir, "none") }), paper.id)).toMatchObject({ status: "off" });
  });
});
