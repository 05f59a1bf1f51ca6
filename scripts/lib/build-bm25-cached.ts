import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { BM25_CACHED_FILE } from "../../lib/db/bm25-cached-extension.ts";

const SOURCE = path.join("lib", "search", "bm25-cached.c");
const STAMP = `${BM25_CACHED_FILE}.sha256`;
const require = createRequire(import.meta.url);

/**
 * Compiles lib/search/bm25-cached.c against the SQLite inside the installed better-sqlite3 (its
 * FTS5 API header is cut from that amalgamation, so the two always match), then checks that the
 * result loads and gives bm25()'s scores. Skipped when source and driver are unchanged since the
 * last build. Without a C compiler nothing is built and searches rank with bm25() itself.
 */
export function buildBm25Cached(): { built: string; fresh: boolean } | { skipped: string } {
  const sqliteDir = path.join(path.dirname(require.resolve("better-sqlite3/package.json")), "deps", "sqlite3");
  const source = readFileSync(SOURCE);
  const stamp = createHash("sha256").update(source).update(readFileSync(path.join(sqliteDir, "sqlite3.h"))).digest("hex");
  if (existsSync(BM25_CACHED_FILE) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp) return { built: BM25_CACHED_FILE, fresh: false };
  rmSync(BM25_CACHED_FILE, { force: true });
  rmSync(STAMP, { force: true });

  const header = readFileSync(path.join(sqliteDir, "sqlite3.c"), "utf8").match(/\/\*+ Begin file fts5\.h \*+\/[\s\S]*?\/\*+ End of fts5\.h \*+\//);
  if (!header) return { skipped: `no fts5.h section in ${path.join(sqliteDir, "sqlite3.c")}` };
  const work = mkdtempSync(path.join(os.tmpdir(), "bm25-cached-"));
  try {
    writeFileSync(path.join(work, "fts5.h"), header[0]);
    mkdirSync(path.dirname(BM25_CACHED_FILE), { recursive: true });
    const compiler = process.env.CC || "cc";
    const flags = process.platform === "darwin" ? ["-dynamiclib", "-undefined", "dynamic_lookup"] : ["-shared"];
    const compiled = spawnSync(compiler, ["-O2", "-fPIC", ...flags, "-I", work, "-I", sqliteDir, SOURCE, "-o", BM25_CACHED_FILE, "-lm"], { encoding: "utf8" });
    if (compiled.error) return { skipped: `${compiler}: ${compiled.error.message}` };
    if (compiled.status !== 0) return { skipped: `${compiler} failed: ${compiled.stderr.trim()}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const problem = checkAgainstBm25(path.resolve(BM25_CACHED_FILE));
  if (problem) {
    rmSync(BM25_CACHED_FILE, { force: true });
    return { skipped: problem };
  }
  writeFileSync(STAMP, stamp);
  return { built: BM25_CACHED_FILE, fresh: true };
}

/** Why the built extension cannot stand in for bm25() on a small table, or null when it can. */
function checkAgainstBm25(file: string): string | null {
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(":memory:");
  try {
    db.loadExtension(file);
    db.exec(`CREATE VIRTUAL TABLE paper_search USING fts5(title, body, tokenize = 'ascii')`);
    const insert = db.prepare("INSERT INTO paper_search (rowid, title, body) VALUES (?, ?, ?)");
    insert.run(1, "low rank adaptation", "we adapt a language model with low rank matrices");
    insert.run(2, "language model", "a language model of language");
    insert.run(7, "quantization", "low bit language model weights");
    const ranked = (fn: string) => db.prepare(`SELECT rowid AS id, ${fn}(paper_search, 4.0, 1.0) AS score FROM paper_search WHERE paper_search MATCH 'language' ORDER BY rowid`).all();
    const expected = JSON.stringify(ranked("bm25"));
    const actual = JSON.stringify(ranked("bm25_cached"));
    return expected === actual ? null : `bm25_cached gave ${actual} where bm25 gave ${expected}`;
  } catch (error) {
    return `cannot load ${file}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    db.close();
  }
}
