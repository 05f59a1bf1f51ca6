import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { bm25CachedExtension } from "../../lib/db/bm25-cached-extension.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { sqlitePath } from "../../lib/db/dialect.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { ensureSearchIndex } from "../../lib/search/search-index.ts";
import { searchTokens } from "../../lib/search/search-tokens.ts";
import { sqlite } from "../support/test-databases.ts";

// The sample papers (English and Korean) and 160 real cs.CL abstracts, indexed by the app.
const CORPUS = [path.join("content", "digests"), path.join("tests", "fixtures", "sources", "search-corpus-csCL.jsonl")];

const phrase = (words: string) => `"${searchTokens(words).join(" ")}"`;
// FTS5 expressions as the search backend writes them: words, Korean bigram phrases, exclusions.
const EXPRESSIONS = [
  `${phrase("language")} AND ${phrase("models")}`,
  phrase("LoRA"),
  `${phrase("대규모")} AND ${phrase("언어")} AND ${phrase("모델")}`,
  `${phrase("검색")} AND ${phrase("증강")} AND ${phrase("생성")}`,
  `(${phrase("reasoning")}) NOT ${phrase("vision")}`,
  `${phrase("low-rank")} AND ${phrase("adaptation")}`,
];

type Scored = { id: number; score: number };
const scores = (db: Database.Database, fn: "bm25" | "bm25_cached", expression: string) =>
  db.prepare(`SELECT rowid AS id, ${fn}(paper_search, 4.0, 4.0, 1.0, 1.0) AS score FROM paper_search WHERE paper_search MATCH ? ORDER BY rowid`).all(expression) as Scored[];

/** Every match of every expression scored by both functions on one connection; both lists. */
function both(db: Database.Database) {
  return EXPRESSIONS.map((expression) => ({ expression, bm25: scores(db, "bm25", expression), cached: scores(db, "bm25_cached", expression) }));
}

describe("bm25_cached, the reader threads' ranking function", () => {
  let file: string;
  let reader: Database.Database;
  // Rows added by the tests take the next ids, as papers do (far-off ids are another case, below).
  let nextId: number;

  beforeAll(async () => {
    const url = await sqlite.freshUrl();
    await applyMigrations(url);
    const db = createDb(url);
    const taxonomy = await applyTaxonomy(db);
    if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
    expect((await ingest(db, { paths: CORPUS })).issues).toEqual([]);
    await ensureSearchIndex(db);
    await db.$disconnect();
    file = sqlitePath(url);
    reader = new Database(file, { readonly: true });
    reader.loadExtension(bm25CachedExtension()!);
    nextId = (reader.prepare(`SELECT max(rowid) AS id FROM paper_search`).get() as { id: number }).id + 1;
  }, 120_000);
  afterAll(() => reader?.close());

  it("was built by the install and is found from the project", () => {
    expect(bm25CachedExtension()).toMatch(/node_modules[\\/]\.paperbridge[\\/]bm25_cached\.so$/);
  });

  it("scores every match exactly as bm25 does, in English and Korean", () => {
    for (const { expression, bm25, cached } of both(reader)) {
      expect(bm25.length, expression).toBeGreaterThan(0);
      expect(cached, expression).toEqual(bm25);
    }
  });

  it("reads lengths and phrase counts again after another connection changes the index", () => {
    const [words, lora] = [EXPRESSIONS[0]!, EXPRESSIONS[1]!];
    const before = scores(reader, "bm25_cached", words);
    const loraBefore = scores(reader, "bm25_cached", lora);
    const longer = before[0]!.id;
    const writer = new Database(file);
    writer.prepare(`UPDATE paper_search SET abstract_en = abstract_en || ' language model language models' WHERE rowid = ?`).run(longer);
    writer.prepare(`INSERT INTO paper_search (rowid, title, title_ko, abstract_en, abstract_ko) VALUES (?, ?, '', ?, '')`).run(nextId, "language model lora", searchTokens("A short abstract about a language model tuned with LoRA.").join(" "));
    writer.close();
    const after = both(reader);
    for (const { expression, bm25, cached } of after) expect(cached, expression).toEqual(bm25);
    // The changed row and the new one are scored from their new lengths, not the ones held before,
    expect(after[0]!.cached.find((r) => r.id === longer)!.score).not.toBe(before[0]!.score);
    expect(after[0]!.cached.some((r) => r.id === nextId)).toBe(true);
    // and one more paper with LoRA lowers its idf, so every LoRA paper scores lower.
    expect(after[1]!.cached.find((r) => r.id === loraBefore[0]!.id)!.score).toBeGreaterThan(loraBefore[0]!.score);
  });

  it("follows its own connection's writes: uncommitted, rolled back and committed", () => {
    const writer = new Database(file);
    writer.loadExtension(bm25CachedExtension()!);
    try {
      for (const { expression, bm25, cached } of both(writer)) expect(cached, expression).toEqual(bm25);
      writer.exec("BEGIN");
      writer.prepare(`DELETE FROM paper_search WHERE rowid = ?`).run(nextId);
      writer.prepare(`UPDATE paper_search SET title = title || ' language' WHERE rowid = (SELECT min(rowid) FROM paper_search WHERE paper_search MATCH ?)`).run(EXPRESSIONS[0]);
      writer.prepare(`INSERT INTO paper_search (rowid, title, title_ko, abstract_en, abstract_ko) VALUES (?, 'language model', '', 'model', '')`).run(nextId + 1);
      for (const { expression, bm25, cached } of both(writer)) expect(cached, expression).toEqual(bm25);
      writer.exec("ROLLBACK");
      for (const { expression, bm25, cached } of both(writer)) expect(cached, expression).toEqual(bm25);
      // Committed on its own, the same change is seen from the held lengths' next reading.
      writer.prepare(`UPDATE paper_search SET title = title || ' language' WHERE rowid = (SELECT min(rowid) FROM paper_search WHERE paper_search MATCH ?)`).run(EXPRESSIONS[0]);
      for (const { expression, bm25, cached } of both(writer)) expect(cached, expression).toEqual(bm25);
    } finally {
      writer.close();
    }
  });

  it("scores rows whose ids are too sparse for its array as bm25 does", () => {
    const writer = new Database(file);
    writer.prepare(`INSERT INTO paper_search (rowid, title, title_ko, abstract_en, abstract_ko) VALUES (?, 'lora', '', 'lora language model', '')`).run(5_000_000_000n);
    writer.close();
    const results = both(reader);
    for (const { expression, bm25, cached } of results) expect(cached, expression).toEqual(bm25);
    expect(results[1]!.cached.some((r) => r.id === 5_000_000_000)).toBe(true);
  });
});
