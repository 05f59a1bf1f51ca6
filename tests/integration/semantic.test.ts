import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AutoTokenizer } from "@huggingface/transformers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { searchPapers } from "../../lib/search/search-papers.ts";
import { SEMANTIC_DEPTH } from "../../lib/search/semantic-scope.ts";
import { fuseRankings } from "../../lib/semantic/fuse-rankings.ts";
import { embedConcepts, embedPapers } from "../../lib/semantic/embed-papers.ts";
import { loadEmbedder, type Embedder, type EmbedderStatus } from "../../lib/semantic/embedder.ts";
import { embeddingSettings, type EmbeddingSettings } from "../../lib/semantic/embedding-settings.ts";
import { NEAR_DUPLICATE, paperNeighbours, RELATED_PAPERS, SUGGESTED_CONCEPTS } from "../../lib/semantic/paper-neighbours.ts";
import { bytesToVector } from "../../lib/semantic/vector-bytes.ts";
import { loadContent } from "../../scripts/lib/load-content.ts";
import { sampleDigestPapers } from "../../scripts/lib/sample-digests.ts";
import { TEST_MODEL, writeTestModel } from "../../scripts/models/write-test-model.ts";
import { cosine, referenceModel } from "../support/test-model-reference.ts";
import { testDialects } from "../support/test-databases.ts";

// Expectations come from the reference implementation of the test model, fed the texts the
// design says are embedded, with E5's prefixes written out here: a paper's English title and
// abstract, a concept's names and descriptions in both languages.
const modelsDir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-models-"));
const dims = writeTestModel(modelsDir);
const settings: EmbeddingSettings = embeddingSettings({ MODELS_DIR: modelsDir, EMBEDDING_MODEL: TEST_MODEL });
const reference = referenceModel(path.join(modelsDir, TEST_MODEL), "q8");
const passage = (text: string) => reference.embed(`passage: ${text}`);
const query = (text: string) => reference.embed(`query: ${text}`);
const paperText = (p: { title: string; abstractEn: string }) => `${p.title}\n${p.abstractEn}`;
const conceptText = (c: { nameEn: string; descriptionEn: string; nameKo: string; descriptionKo: string }) => `${c.nameEn}. ${c.descriptionEn}\n${c.nameKo}. ${c.descriptionKo}`;
// onnxruntime computes in float32, the reference in float64.
const CLOSE = 1e-5;
const maxDifference = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.max(...Array.from(a, (x, i) => Math.abs(x - b[i]!)));

let status: EmbedderStatus;
let embedder: Embedder;

beforeAll(async () => {
  status = await loadEmbedder(settings);
  if (!status.on) throw new Error(status.reason);
  embedder = status.embedder;
});

describe("the test embedding model, loaded through transformers.js's local-files path", () => {
  it("tokenises as the reference does: BERT's cleaning and punctuation split, then WordPiece", async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(TEST_MODEL, { local_files_only: true });
    const texts = [...sampleDigestPapers().flatMap((p) => [paperText(p), p.abstractKo ?? ""]), "SD$^2$ ×1.59 🙂 naïve 漢字 ０１\u0007", "word ".repeat(600)];
    for (const text of texts) {
      const ids = (tokenizer(text, { truncation: true }).input_ids.tolist() as bigint[][])[0]!.map(Number);
      expect(ids, text.slice(0, 40)).toEqual(reference.tokenize(text));
    }
  });

  it("embeds passages and queries from the 8-bit weights with E5's prefixes, as the model computes them", async () => {
    // A batch of short and long texts: padding must not reach the pooled vectors.
    const texts = ["We quantize LLMs to 4 bits.", "검색 증강 생성은 외부 문서를 활용한다.", "x", paperText(sampleDigestPapers()[0]!)];
    const vectors = await embedder.embedPassages(texts);
    expect(embedder.dims).toBe(dims);
    vectors.forEach((v, i) => expect(maxDifference(v, passage(texts[i]!)), texts[i]).toBeLessThan(CLOSE));
    const asked = await embedder.embedQuery("강화 학습");
    expect(maxDifference(asked, query("강화 학습"))).toBeLessThan(CLOSE);
    // Each expectation is told apart from what a wrong setting would give.
    expect(maxDifference(vectors[0]!, reference.embed(texts[0]!))).toBeGreaterThan(100 * CLOSE);
    expect(maxDifference(asked, passage("강화 학습"))).toBeGreaterThan(100 * CLOSE);
    const full = referenceModel(path.join(modelsDir, TEST_MODEL), "fp32");
    expect(maxDifference(vectors[0]!, full.embed(`passage: ${texts[0]}`))).toBeGreaterThan(10 * CLOSE);
  });

  it("reads the full-precision weights when EMBEDDING_DTYPE=fp32", async () => {
    const fp32 = await loadEmbedder(embeddingSettings({ MODELS_DIR: modelsDir, EMBEDDING_MODEL: TEST_MODEL, EMBEDDING_DTYPE: "fp32" }));
    if (!fp32.on) throw new Error(fp32.reason);
    const full = referenceModel(path.join(modelsDir, TEST_MODEL), "fp32");
    const [vector] = await fp32.embedder.embedPassages(["We quantize LLMs to 4 bits."]);
    expect(maxDifference(vector!, full.embed("passage: We quantize LLMs to 4 bits."))).toBeLessThan(CLOSE);
  });

  it("is off, saying why, when the model's files are missing or broken", async () => {
    const missing = await loadEmbedder(embeddingSettings({ MODELS_DIR: path.join(modelsDir, "none"), EMBEDDING_MODEL: TEST_MODEL }));
    expect(missing).toMatchObject({ on: false, reason: expect.stringMatching(/missing config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model_quantized\.onnx/) });
    const broken = mkdtempSync(path.join(os.tmpdir(), "paperbridge-broken-model-"));
    writeTestModel(broken);
    writeFileSync(path.join(broken, TEST_MODEL, "onnx", "model_quantized.onnx"), "not an onnx graph");
    const status = await loadEmbedder(embeddingSettings({ MODELS_DIR: broken, EMBEDDING_MODEL: TEST_MODEL }));
    expect(status).toMatchObject({ on: false, reason: expect.stringMatching(/did not load/) });
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

  const storedTexts = async () => new Map((await db.paper.findMany({ select: { id: true, title: true, abstractEn: true } })).map((p) => [p.id, paperText(p)]));

  it("stores each paper's vector as the model computes it, and later runs embed only new or changed papers", async () => {
    const progress: [number, number][] = [];
    expect(await embedPapers(db, embedder, (done, total) => progress.push([done, total]))).toBe(papers);
    expect(progress.at(-1)).toEqual([papers, papers]);
    const stored = await db.embedding.findMany({ where: { model: TEST_MODEL } });
    expect(stored).toHaveLength(papers);
    const texts = await storedTexts();
    for (const e of stored) expect(maxDifference(bytesToVector(e.vector), passage(texts.get(e.paperId)!))).toBeLessThan(CLOSE);
    expect(await embedPapers(db, embedder)).toBe(0);

    const changed = path.join(mkdtempSync(path.join(os.tmpdir(), "paperbridge-embed-")), "changed.jsonl");
    const line = JSON.parse(readFileSync(path.join("tests", "fixtures", "sources", "arxiv-daily-crawl-2025-08-19.jsonl"), "utf8").split("\n")[0]!);
    writeFileSync(changed, JSON.stringify({ ...line, summary: `${line.summary} We also study LoRA adapters.` }));
    expect((await ingest(db, { paths: [changed] })).updated).toBe(1);
    const before = await db.embedding.findFirstOrThrow({ where: { paper: { arxivId: line.id } } });
    expect(await embedPapers(db, embedder)).toBe(1);
    const after = await db.embedding.findFirstOrThrow({ where: { paper: { arxivId: line.id } } });
    expect(after.textHash).not.toBe(before.textHash);
    expect(maxDifference(bytesToVector(after.vector), passage((await storedTexts()).get(after.paperId)!))).toBeLessThan(CLOSE);
    expect(await embedConcepts(db, embedder)).toBe(await db.concept.count());
    expect(await embedConcepts(db, embedder)).toBe(0);
  });

  it("ranks every paper by its similarity to the query, English-only papers that share no word with a Korean query included", async () => {
    const marl = (await db.paper.findFirstOrThrow({ where: { arxivId: "2508.11706" }, select: { id: true } })).id;
    // Quoted, the words as written: unquoted, 강화 학습 names reinforcement learning and finds
    // the paper by the concept's English name, which is lexical search's doing, not the embeddings'.
    const lexical = await searchPapers(db, { q: '"강화 학습"' });
    expect(lexical.ok && lexical.result.results.map((r) => r.id)).not.toContain(marl);
    const found = await everyPage({ q: "강화 학습", mode: "semantic" });
    // Fewer papers than the semantic depth: all of them are ranked.
    expect(papers).toBeLessThan(SEMANTIC_DEPTH);
    expect(new Set(found.map((r) => r.id))).toEqual(new Set((await storedTexts()).keys()));
    const texts = await storedTexts();
    const asked = query("강화 학습");
    for (const r of found) expect(Math.abs(r.score - cosine(asked, passage(texts.get(r.id)!))), String(r.id)).toBeLessThan(CLOSE);
    const scores = found.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  async function everyPage(request: Parameters<typeof searchPapers>[1]) {
    const results = [];
    for (let page = 1; ; page++) {
      const outcome = await searchPapers(db, { ...request, page }, status);
      if (!outcome.ok) throw new Error(outcome.message);
      if (outcome.result.results.length === 0) return results;
      results.push(...outcome.result.results);
    }
  }

  it("hybrid search fuses the lexical and the semantic ranking and honours filters", async () => {
    const lexical = (await everyPage({ q: "LoRA" })).map((r) => r.id);
    const semantic = (await everyPage({ q: "LoRA", mode: "semantic" })).map((r) => r.id);
    const hybrid = (await everyPage({ q: "LoRA", mode: "hybrid" })).map((r) => r.id);
    expect(lexical.length).toBeGreaterThan(1);
    expect(semantic.length).toBe(Math.min(papers, SEMANTIC_DEPTH));
    expect(hybrid).toEqual(fuseRankings([lexical, semantic]).map((f) => f.paperId));

    const filtered = (await everyPage({ q: "LoRA", mode: "hybrid", categories: ["cs.MA"] })).map((r) => r.id);
    const inCategory = new Set((await db.paperCategory.findMany({ where: { category: "cs.MA" }, select: { paperId: true } })).map((c) => c.paperId));
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(inCategory);
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

  it("relates a paper to its nearest neighbours, never to itself or a copy, and suggests the nearest concepts it was not tagged with", async () => {
    const paper = await db.paper.findFirstOrThrow({ where: { arxivId: "2508.11733" }, select: { id: true, title: true, abstractEn: true } });
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), "paperbridge-copy-")), "copy.jsonl");
    writeFileSync(copy, JSON.stringify({ arxiv_id: "2599.00001", title: `${paper.title}`.replace("SafeSieve", "SafeSieve copy"), authors: ["A"], abstract: paper.abstractEn }));
    await ingest(db, { paths: [copy] });
    await embedPapers(db, embedder);
    const copyId = (await db.paper.findFirstOrThrow({ where: { arxivId: "2599.00001" }, select: { id: true } })).id;
    const own = passage(paperText(paper));
    const texts = await storedTexts();
    expect(cosine(own, passage(texts.get(copyId)!))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);

    const neighbours = await paperNeighbours(db, settings, paper.id);
    if (neighbours.status !== "on") throw new Error(neighbours.status);
    const expected = [...texts]
      .filter(([id]) => id !== paper.id)
      .map(([id, text]) => ({ id, similarity: cosine(own, passage(text)) }))
      .filter((n) => n.similarity < NEAR_DUPLICATE)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, RELATED_PAPERS);
    expect(neighbours.related.map((r) => r.id)).toEqual(expected.map((n) => n.id));
    neighbours.related.forEach((r, i) => expect(Math.abs(r.similarity - expected[i]!.similarity)).toBeLessThan(CLOSE));

    const tagged = new Set((await db.paperConcept.findMany({ where: { paperId: paper.id }, select: { conceptId: true } })).map((t) => t.conceptId));
    const concepts = await db.concept.findMany({ select: { id: true, slug: true, nameEn: true, nameKo: true, descriptionEn: true, descriptionKo: true } });
    const suggested = concepts
      .filter((c) => !tagged.has(c.id))
      .map((c) => ({ slug: c.slug, similarity: cosine(own, passage(conceptText(c))) }))
      .filter((c) => c.similarity >= settings.suggestMin)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, SUGGESTED_CONCEPTS);
    expect(suggested.length).toBeGreaterThan(0);
    expect(neighbours.suggestedConcepts.map((c) => c.slug)).toEqual(suggested.map((c) => c.slug));
    neighbours.suggestedConcepts.forEach((c, i) => expect(Math.abs(c.similarity - suggested[i]!.similarity)).toBeLessThan(CLOSE));
    expect(await paperNeighbours(db, embeddingSettings({ MODELS_DIR: path.join(modelsDir, "none") }), paper.id)).toMatchObject({ status: "off" });
  });
});
