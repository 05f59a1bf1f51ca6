import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import type { Db } from "../../lib/db/create-db.ts";
import { readPoolOf } from "../../lib/db/sqlite-read-pool.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { CONCEPT_BOOST } from "../../lib/search/rerank.ts";
import { parseQuery } from "../../lib/search/parse-query.ts";
import { conceptsNamedIn } from "../../lib/search/query-concepts.ts";
import { searchBackend } from "../../lib/search/search-backend.ts";
import { wordTerms } from "../../lib/search/word-terms.ts";
import type { SearchPlan } from "../../lib/search/search-plan.ts";
import { ensureSearchIndex } from "../../lib/search/search-index.ts";
import { searchPapers, type SearchRequest, type SearchResult } from "../../lib/search/search-papers.ts";
import { countingDb } from "../support/counting-db.ts";
import { syntheticPaper, tempDir, writeDigestFile } from "../support/digest-fixtures.ts";
import { testDialects } from "../support/test-databases.ts";
import { writeFileSync } from "node:fs";

// The shared corpus: the 42 sample papers (with Korean) and 160 real cs.CL abstracts.
const CORPUS = [path.join("content", "digests"), path.join("tests", "fixtures", "sources", "search-corpus-csCL.jsonl")];

// Queries whose results must be identical, paper for paper and in order, on both databases.
const SHARED_QUERIES: SearchRequest[] = [
  { q: "LoRA" },
  { q: "low-rank adaptation" },
  { q: '"low-rank adaptation"' },
  { q: "retrieval augmented generation" },
  { q: "검색 증강 생성" },
  { q: "양자화를" },
  { q: "language models -Korean" },
  { q: "speculative decoding" },
  { q: "Llama-2" },
  { q: "reasoning", sort: "date" },
  { q: "benchmark evaluation", page: 2 },
  { q: "concept:peft" },
  { q: "model cat:cs.CL from:2025-06 to:2025-08" },
  { q: "RAG knowledge graph" },
  { q: "대규모 언어 모델" },
  { q: "LoRA 양자화" },
  { q: "검색증강생성" },
  { q: "로라" },
  { q: "긴 컨텍스트" },
  { q: "긴" },
  { q: "2505.12871" },
];

const dialects = testDialects();
const resultsByDialect = new Map<string, SearchResult[]>();

async function search(db: Db, request: SearchRequest): Promise<SearchResult> {
  const outcome = await searchPapers(db, request);
  if (!outcome.ok) throw new Error(`${request.q}: ${outcome.message}`);
  return outcome.result;
}

const arxivIds = (result: SearchResult) => result.results.map((r) => r.arxivId);

describe.each(dialects)("search on $dialect", ({ dialect, freshUrl }) => {
  let db: Db;

  beforeAll(async () => {
    ({ db } = await countingDb(await freshUrl()));
    const taxonomy = await applyTaxonomy(db);
    if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
    expect((await ingest(db, { paths: CORPUS })).issues).toEqual([]);
    expect(await ensureSearchIndex(db)).toBe(202);
  }, 120_000);
  afterAll(() => db.$disconnect());

  it("answers the shared query set", async () => {
    const results: SearchResult[] = [];
    for (const request of SHARED_QUERIES) results.push(await search(db, request));
    resultsByDialect.set(dialect, results);
    for (const [i, result] of results.entries()) expect(result.total, SHARED_QUERIES[i]!.q).toBeGreaterThan(0);
  });

  it("matches Korean words with particles attached, through overlapping bigrams", async () => {
    const quantization = await search(db, { q: "양자화를" });
    expect(arxivIds(quantization)).toEqual(expect.arrayContaining(["2508.02322", "2506.07900"]));
    const camera = quantization.results.find((r) => r.arxivId === "2508.02322")!;
    expect(camera.snippetKo.filter((p) => p.match).map((p) => p.text)).toContain("양자화");
    // The words name a concept: papers that write them in Korean, and papers that write its English name.
    const rag = await search(db, { q: "검색 증강 생성" });
    expect(rag.total).toBeGreaterThanOrEqual(3);
    const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text.toLowerCase());
    for (const result of rag.results) {
      const marks = [...marked(result.snippetKo), ...marked(result.snippetEn)].join(" | ");
      expect(marks, result.arxivId ?? "").toMatch(/검색 ?증강 ?생성|retrieval.augmented|\brag/);
    }
    expect(rag.results.some((r) => r.titleKo === null)).toBe(true);
  });

  // The issue's queries that found nothing on the sample site.
  it("finds compound nouns written with or without spaces, Korean spellings of terms and the search box's example", async () => {
    const spaced = await search(db, { q: "검색 증강 생성" });
    const closed = await search(db, { q: "검색증강생성" });
    expect(arxivIds(closed)).toEqual(arxivIds(spaced));
    expect((await search(db, { q: '"대규모언어모델"' })).total).toBe((await search(db, { q: '"대규모 언어 모델"' })).total);
    const lora = await search(db, { q: "로라" });
    expect(lora.total).toBeGreaterThan(0);
    expect(arxivIds(lora)).toEqual(expect.arrayContaining(["2505.12871"]));
    for (const q of ["LoRA 양자화", "스케일링 법칙", "긴 컨텍스트"]) expect((await search(db, { q })).total, q).toBeGreaterThan(0);
  });

  it("keeps one-syllable Korean words, alone and beside others", async () => {
    const long = await search(db, { q: "긴" });
    expect(long.total).toBeGreaterThan(0);
    for (const r of long.results) expect(r.snippetKo.some((p) => p.match && p.text === "긴"), r.arxivId ?? "").toBe(true);
    // "긴" is a word of its own: 긴장 (tension) does not match it.
    const phrase = await search(db, { q: '"긴 컨텍스트"' });
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.total).toBeLessThanOrEqual(long.total);
  });

  it("finds a paper by its arXiv id or address, and an author's papers by the name", async () => {
    for (const q of ["2505.12871", "arXiv:2505.12871v2", "https://arxiv.org/abs/2505.12871", "arxiv.org/pdf/2505.12871.pdf"]) {
      const found = await search(db, { q });
      expect([q, arxivIds(found)]).toEqual([q, ["2505.12871"]]);
      expect(found.query.lookup).toEqual({ kind: "arxiv", value: "2505.12871" });
    }
    expect((await search(db, { q: "9999.99999" })).total).toBe(0);
    const paper = await db.paper.findFirstOrThrow({ where: { arxivId: "2505.12871" }, select: { authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } } } });
    const name = paper.authors[0]!.author.name;
    for (const q of [name, name.toLowerCase()]) {
      const byAuthor = await search(db, { q });
      expect(byAuthor.query.lookup).toEqual({ kind: "author", value: name });
      expect(arxivIds(byAuthor)).toContain("2505.12871");
    }
  });

  it("folds case and plurals, and treats hyphens and letter-digit joins alike", async () => {
    expect((await search(db, { q: "adapters" })).total).toBe((await search(db, { q: "ADAPTER" })).total);
    // Quoted, as written: unquoted, LLaMA-2 also names the LLaMA family and brings its papers.
    expect(arxivIds(await search(db, { q: '"LLaMA-2"' }))).toEqual(arxivIds(await search(db, { q: '"llama2"' })));
    const hyphen = await search(db, { q: '"low-rank adaptation"' });
    const spaced = await search(db, { q: '"low rank adaptation"' });
    expect(arxivIds(hyphen)).toEqual(arxivIds(spaced));
    expect(arxivIds(hyphen)).toContain("2505.12871");
  });

  it("requires phrases in order and excludes -terms", async () => {
    const words = await search(db, { q: "adaptation rank" });
    const phrase = await search(db, { q: '"adaptation rank"' });
    expect(phrase.total).toBeLessThan(words.total);
    const all = await search(db, { q: "language models" });
    const without = await search(db, { q: "language models -Korean" });
    expect(without.total).toBeGreaterThan(0);
    expect(without.total).toBeLessThan(all.total);
    for (const id of arxivIds(without)) expect(arxivIds(await search(db, { q: `language models Korean` }))).not.toContain(id);
  });

  it("offers each word alone, with its count, when the words together find nothing", async () => {
    const none = await search(db, { q: "LoRA 양자화를 qwxzv from:2025-06" });
    expect(none.total).toBe(0);
    expect(none.alternatives.length).toBe(2);
    for (const alternative of none.alternatives) {
      expect(alternative.q).toMatch(/^(LoRA|양자화를) from:2025-06-01$/);
      expect(alternative.total).toBe((await search(db, { q: alternative.q })).total);
    }
    expect(none.alternatives[0]!.total).toBeGreaterThanOrEqual(none.alternatives[1]!.total);
    expect((await search(db, { q: "LoRA" })).alternatives).toEqual([]);
    expect((await search(db, { q: "qwxzv" })).alternatives).toEqual([]);
  });

  it("offers every paper on the concepts the words name, in either language, with the same filters", async () => {
    const words = await search(db, { q: "검색 증강 생성 cat:cs.CL" });
    const [rag] = words.conceptQueries;
    expect(rag).toMatchObject({ slug: "rag", q: "concept:rag cat:cs.CL" });
    const concept = await search(db, { q: rag!.q });
    expect(concept.total).toBe(rag!.total);
    expect(concept.results.some((r) => r.titleKo === null)).toBe(true);
    // The words themselves rank the concept's papers in either language, not only the offer does.
    const conceptIds = new Set(arxivIds(concept));
    expect(arxivIds(words).filter((id) => conceptIds.has(id)).length).toBeGreaterThanOrEqual(Math.min(10, concept.total) - 2);
    expect(words.results.some((r) => r.titleKo === null)).toBe(true);
    expect((await search(db, { q: "검색 증강 생성 concept:rag" })).conceptQueries).toEqual([]);
    expect((await search(db, { q: "benchmark" })).conceptQueries).toEqual([]);
  });

  it("ranks words found in most papers by where and how often they occur, not by paper id", async () => {
    const result = await search(db, { q: "language model" });
    expect(result.results[0]!.score).toBeLessThan(0.0001);
    expect(new Set(result.results.map((r) => r.score)).size).toBeGreaterThan(10);
    expect(result.results[0]!.title).toMatch(/language model/i);
  });

  it("filters by concept with its descendants, by category and by dates", async () => {
    const peft = await search(db, { q: "concept:peft" });
    const lora = await search(db, { q: "concept:lora" });
    expect(lora.total).toBeGreaterThan(0);
    expect(peft.total).toBeGreaterThanOrEqual(lora.total);
    for (const id of arxivIds(lora)) expect(arxivIds(peft)).toContain(id);
    const dated = await search(db, { q: "model from:2025-06 to:2025-08" });
    expect(dated.results.length).toBeGreaterThan(0);
    for (const r of dated.results) expect(r.day! >= "2025-06-01" && r.day! <= "2025-08-31").toBe(true);
    expect(dated.facets.months.every((m) => m.month >= "2025-06" && m.month <= "2025-08")).toBe(true);
    const viaParams = await search(db, { q: "model", from: "2025-06", to: "2025-08" });
    expect(viaParams.total).toBe(dated.total);
    const cv = await search(db, { q: "model cat:cs.cv" });
    expect(cv.total).toBeLessThan((await search(db, { q: "model" })).total);
    expect(cv.query.categories).toEqual(["cs.CV"]);
    const inCv = new Set((await db.paperCategory.findMany({ where: { category: "cs.CV" }, select: { paperId: true } })).map((c) => c.paperId));
    expect(cv.results.length).toBeGreaterThan(0);
    expect(cv.results.filter((r) => !inCv.has(r.id))).toEqual([]);
  });

  it("filters and counts by the concepts papers are about, not those they only mention", async () => {
    const llama = await db.concept.findUniqueOrThrow({ where: { slug: "llama" }, select: { id: true } });
    const rows = await db.paperConcept.findMany({ where: { conceptId: llama.id }, select: { about: true } });
    const about = rows.filter((r) => r.about).length;
    // Many papers name LLaMA; few are about it.
    expect(rows.length - about).toBeGreaterThan(about);
    expect((await search(db, { q: "concept:llama" })).total).toBe(about);
    const named = await search(db, { q: "llama" });
    const facet = named.facets.concepts.find((c) => c.slug === "llama");
    expect(facet?.count ?? 0).toBeLessThanOrEqual(about);
  });

  it("boosts papers about what the query names, above papers with better words alone", async () => {
    const concepts = await db.concept.findMany({ select: { id: true, definitionHash: true } });
    // Each query's first page, with each paper's score by the words alone, and whether it is
    // about the concept the query names.
    const scored = async (q: string, slug: string) => {
      const result = await search(db, { q });
      // The words as search plans them: they name a concept, so its names in both languages
      // match too.
      const parsed = parseQuery(q, {});
      if (!parsed.ok) throw new Error(parsed.message);
      const terms = wordTerms(parsed.query.phrases, await conceptsNamedIn(db, [q], concepts));
      expect(terms[0]!.alternatives.length).toBeGreaterThan(0);
      const plan: SearchPlan = {
        phrases: terms.map((t) => t.tokens),
        alternatives: terms.map((t) => t.alternatives),
        excludes: [],
        conceptIds: [],
        categories: [],
        from: null,
        to: null,
      };
      const ranked = await searchBackend(db).ranked(db, plan, 1000, 0);
      const words = new Map(ranked.map((m) => [m.paperId, m.relevance]));
      const aboutRows = await db.paperConcept.findMany({
        where: { concept: { slug }, about: true },
        select: { paperId: true },
      });
      const about = new Set(aboutRows.map((e) => e.paperId));
      expect(result.results.length).toBeGreaterThan(5);
      for (const r of result.results) {
        const boost = about.has(r.id) ? CONCEPT_BOOST : 0;
        expect(r.score, r.arxivId ?? "").toBeCloseTo(words.get(r.id)! + boost, 6);
      }
      return { results: result.results, words, about };
    };
    // The boost reorders: a paper about the concept ranks above one whose words alone score
    // higher. LoRA's papers lead by their words already; the Transformer's do not.
    let overtaken = 0;
    for (const [q, slug] of [["LoRA", "lora"], ["Transformer", "transformer"]] as const) {
      const { results, words, about } = await scored(q, slug);
      const overtakes = results.filter((r, i) =>
        results.slice(i + 1).some((later) => words.get(later.id)! > words.get(r.id)!),
      );
      for (const r of overtakes) expect(about.has(r.id), `${q}: ${r.arxivId}`).toBe(true);
      overtaken += overtakes.length;
    }
    expect(overtaken).toBeGreaterThan(0);
  });

  it("shows each result's six strongest concepts it is about (not implied), strongest first", async () => {
    // The paper tagged with the most concepts, found by its title.
    const [most] = await db.paperConcept.groupBy({
      by: ["paperId"],
      where: { about: true, implied: false },
      _count: { paperId: true },
      orderBy: [{ _count: { paperId: "desc" } }, { paperId: "asc" }],
      take: 1,
    });
    expect(most!._count.paperId).toBeGreaterThan(6);
    const { title } = await db.paper.findUniqueOrThrow({ where: { id: most!.paperId }, select: { title: true } });
    const result = await search(db, { q: title });
    expect(result.results.map((r) => r.id)).toContain(most!.paperId);
    const stored = await db.paperConcept.findMany({
      where: { paperId: { in: result.results.map((r) => r.id) }, about: true, implied: false },
      select: { paperId: true, conceptId: true, score: true, concept: { select: { slug: true, nameEn: true, nameKo: true } } },
    });
    for (const r of result.results) {
      const expected = stored
        .filter((c) => c.paperId === r.id)
        .sort((a, b) => b.score - a.score || a.conceptId - b.conceptId)
        .slice(0, 6)
        .map((c) => ({ ...c.concept, score: c.score }));
      expect(r.concepts, r.arxivId ?? String(r.id)).toEqual(expected);
    }
  });

  it("reports facets that count the whole result set", async () => {
    const result = await search(db, { q: "language" });
    expect(result.facets.months.reduce((sum, m) => sum + m.count, 0)).toBe(result.total);
    expect(result.facets.concepts.length).toBeGreaterThan(0);
    for (const facet of result.facets.concepts) expect(facet.count).toBeLessThanOrEqual(result.total);
  });

  it("answers hostile input with results or a clear error, never a throw", async () => {
    const hostile = ['"unbalanced', "a OR b NEAR(c) *", "'; DROP TABLE \"Paper\"; --", "x".repeat(10_000), "🙂🙂", "양자\u200b화", "\u1107\u1165\u11ab\u110b\u1167\u11a8", "NOT AND OR", "\ud800broken", "concept:nope", "from:2025-02-30", "-", '""', "cat:", "()", "^$*+?{}[]|\\"];
    for (const q of hostile) {
      const outcome = await searchPapers(db, { q });
      if (!outcome.ok) expect(outcome.message.length, q).toBeGreaterThan(10);
    }
    expect(await searchPapers(db, { q: "x".repeat(10_000) })).toMatchObject({ ok: false, code: "invalid_query" });
    expect((await search(db, { q: "양자\u200b화" })).total).toBe((await search(db, { q: "양자화" })).total);
    // NFD Hangul (번역 decomposed into jamo) finds what NFC finds.
    expect((await search(db, { q: "\u1107\u1165\u11ab\u110b\u1167\u11a8" })).total).toBe((await search(db, { q: "번역" })).total);
    expect(await db.paper.count()).toBe(202);
  });

  it("keeps the index in step when a paper's text changes", async () => {
    const dir = tempDir();
    const file = path.join(dir, "update.jsonl");
    writeFileSync(file, JSON.stringify({ arxiv_id: "2505.12871", title: "Does Low Rank Adaptation Lead to Lower Robustness against Training-Time Attacks?", abstract: "A rewritten abstract about zeugmatic quokkas and nothing else.", authors: ["A. Author"], categories: ["cs.LG"] }) + "\n");
    expect((await ingest(db, { paths: [file] })).issues).toEqual([]);
    expect(arxivIds(await search(db, { q: "zeugmatic quokkas" }))).toEqual(["2505.12871"]);
    expect(arxivIds(await search(db, { q: '"training-time attacks" zeugmatic' }))).toEqual(["2505.12871"]);
    expect((await search(db, { q: "zeugmatic" })).total).toBe(1);
  });

  it("ranks a title match above the same match in an abstract", async () => {
    // Two papers of the same length and words, the two rare words swapped between title and abstract.
    const file = path.join(tempDir(), "swapped.jsonl");
    const paper = (id: string, inTitle: string, inAbstract: string) => JSON.stringify({ arxiv_id: id, title: `${inTitle} wibble quenching`, abstract: `We study ${inAbstract} lattices in detail.`, authors: ["A. Author"] });
    writeFileSync(file, `${paper("2599.10001", "Zorblat", "frobnic")}\n${paper("2599.10002", "Frobnic", "zorblat")}\n`);
    expect((await ingest(db, { paths: [file] })).issues).toEqual([]);
    for (const [q, first, second] of [["zorblat", "2599.10001", "2599.10002"], ["frobnic", "2599.10002", "2599.10001"]]) {
      const result = await search(db, { q: q! });
      expect(arxivIds(result), q).toEqual([first, second]);
      expect(result.results[0]!.score, q).toBeGreaterThan(result.results[1]!.score);
    }
  });

  it("pages past the re-ranked first 1,000 without losing or repeating a paper", async () => {
    const dir = tempDir();
    for (const [k, date] of ["2025-10-01", "2025-10-02", "2025-10-03"].entries()) {
      writeDigestFile(dir, date, Array.from({ length: 350 }, (_, i) => syntheticPaper(k * 350 + i, date)));
    }
    expect((await ingest(db, { paths: [dir] })).issues).toEqual([]);
    const first = await search(db, { q: "lora study" });
    expect(first.total).toBeGreaterThan(1050);
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(first.total / first.pageSize); page++) seen.push(...(await search(db, { q: "lora study", page })).results.map((r) => r.id));
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    expect(first.facets.scope).toBe(1000);
    const dated = await search(db, { q: "lora study", sort: "date", page: 51 });
    expect(dated.results).toHaveLength(20);
  }, 120_000);
  it("finds the same, scored the same, with the ranking split by paper id across threads or connections", async () => {
    const withThreads = async <T>(threads: string, run: () => Promise<T>): Promise<T> => {
      process.env.SEARCH_THREADS = threads;
      try {
        return await run();
      } finally {
        delete process.env.SEARCH_THREADS;
      }
    };
    const requests: SearchRequest[] = [...SHARED_QUERIES, { q: "lora study" }, { q: "lora study -efficient" }, { q: "study concept:lora from:2025-10-02" }];
    const searchAll = () => Promise.all(requests.map((request) => search(db, request)));
    expect(await withThreads("3", searchAll)).toEqual(await withThreads("1", searchAll));
    // Each part keeps only its best few: the merge must still give the overall best few.
    const plan = { phrases: [["model"]], excludes: [], conceptIds: [], categories: [], from: null, to: null };
    const best = () => searchBackend(db).ranked(db, plan, 5, 0);
    const one = await withThreads("1", best);
    expect(one).toHaveLength(5);
    expect(await withThreads("3", best)).toEqual(one);
    // SQLite's threads answered: after a failure the pool would no longer be offered.
    expect(await withThreads("3", async () => (await readPoolOf(db))?.size)).toBe(dialect === "sqlite" ? 3 : undefined);
  });

  it("gives the first matches with the total of a separate count, whether the total comes from the ranking pass or not", async () => {
    const backend = searchBackend(db);
    const plan = (phrases: string[][], more: Partial<SearchPlan> = {}): SearchPlan => ({ phrases, excludes: [], conceptIds: [], categories: [], from: null, to: null, ...more });
    const lora = await db.concept.findUniqueOrThrow({ where: { slug: "lora" } });
    // A broad plan, then one matching nothing: the second must not report the first one's rows.
    const plans = [plan([["model"]]), plan([["zzzqx"]]), plan([["lora"], ["study"]], { excludes: [["efficient"]] }), plan([["study"]], { conceptIds: [lora.id], from: "2025-10-02" }), plan([["언어"], ["모델"]])];
    for (const p of plans) {
      for (const limit of [5, 1000]) {
        const expected = { matches: await backend.ranked(db, p, limit, 0), total: await backend.count(db, p) };
        expect(await backend.rankedWithTotal(db, p, limit), JSON.stringify(p.phrases)).toEqual(expected);
      }
    }
    // A ranking alone leaves its rows counted on each thread; a plan matching nothing after it has none.
    await backend.ranked(db, plans[0]!, 5, 0);
    expect(await backend.rankedWithTotal(db, plans[1]!, 5)).toEqual({ matches: [], total: 0 });
    // Far more than each range returns: on SQLite the total came from the ranking's rows counted.
    expect((await backend.rankedWithTotal(db, plans[0]!, 5)).total).toBeGreaterThan(100);
  });

  it("rebuilds an index left by an older version, then finds the same papers", async () => {
    const before = await search(db, { q: "low-rank adaptation" });
    // On PostgreSQL version 1 had no token arrays, version 2 no frequencies.
    const older: [string, string[]][] = dialect === "postgresql" ? [["2", ["frequencies"]], ["1", ["terms", "bounds", "frequencies"]]] : [["1", []]];
    for (const [version, columns] of older) {
      for (const column of columns) await db.$executeRawUnsafe(`ALTER TABLE "paper_search" DROP COLUMN "${column}"`);
      await db.$executeRaw`UPDATE "paper_search_meta" SET "value" = ${version} WHERE "key" = 'version'`;
      expect(await ensureSearchIndex(db)).toBe(await db.paper.count());
      expect(await ensureSearchIndex(db)).toBe(0);
      expect(await search(db, { q: "low-rank adaptation" })).toEqual(before);
    }
  }, 120_000);
});

describe("search on both databases", () => {
  it.runIf(dialects.length === 2)("returns the same papers in the same order for every shared query", () => {
    const [sqlite, postgres] = [resultsByDialect.get("sqlite")!, resultsByDialect.get("postgresql")!];
    for (const [i, request] of SHARED_QUERIES.entries()) {
      expect(arxivIds(postgres[i]!), request.q).toEqual(arxivIds(sqlite[i]!));
      expect(postgres[i]!.total, request.q).toBe(sqlite[i]!.total);
      expect(postgres[i]!.results.map((r) => r.score), request.q).toEqual(sqlite[i]!.results.map((r) => r.score));
      expect(postgres[i]!.facets, request.q).toEqual(sqlite[i]!.facets);
    }
  });
});
