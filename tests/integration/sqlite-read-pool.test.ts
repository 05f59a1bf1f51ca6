import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openReadPool, readThreads, ReaderThreadFailure, type SqliteReadPool } from "../../lib/db/sqlite-read-pool.ts";
import { tempDir } from "../support/digest-fixtures.ts";

describe("SQLite reader threads", () => {
  const file = path.join(tempDir(), "read-pool.db");
  let pool: SqliteReadPool;

  beforeAll(() => {
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE "word" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)`);
    const insert = db.prepare(`INSERT INTO "word" ("id", "text") VALUES (?, ?)`);
    db.transaction(() => ["양자화", "LoRA", "검색 증강 생성", "scaling"].forEach((text, i) => insert.run(i + 1, text)))();
    db.close();
    pool = openReadPool(file, 2);
  });
  afterAll(() => pool.close());

  it("runs read statements on its threads, rows by column name, integers bound as integers", async () => {
    const sql = `SELECT "id", "text", typeof(?) AS "type" FROM "word" WHERE "id" > ? AND "id" <= ? ORDER BY "id"`;
    const [low, high] = await Promise.all([pool.all(sql, [1n, 0n, 2n]), pool.all(sql, [1n, 2n, 4n])]);
    expect(low).toEqual([{ id: 1, text: "양자화", type: "integer" }, { id: 2, text: "LoRA", type: "integer" }]);
    expect(high).toEqual([{ id: 3, text: "검색 증강 생성", type: "integer" }, { id: 4, text: "scaling", type: "integer" }]);
  });

  it("sees what another connection committed after the thread opened the file", async () => {
    const writer = new Database(file);
    writer.prepare(`INSERT INTO "word" ("id", "text") VALUES (5, '정렬')`).run();
    writer.close();
    for (const _ of [0, 1]) expect(await pool.all(`SELECT "text" FROM "word" WHERE "id" = ?`, [5n])).toEqual([{ text: "정렬" }]);
  });

  it("returns a statement's error as an error, and the thread goes on", async () => {
    await expect(pool.all(`SELECT * FROM "missing"`, [])).rejects.toThrow(/no such table: missing/);
    await expect(pool.all(`INSERT INTO "word" ("text") VALUES ('x') RETURNING "id"`, [])).rejects.toThrow(/readonly database/);
    for (const _ of [0, 1]) expect(await pool.all(`SELECT COUNT(*) AS "n" FROM "word"`, [])).toEqual([{ n: 5 }]);
  });

  it("takes its thread count from SEARCH_THREADS, or one per core up to four", () => {
    expect(readThreads({ SEARCH_THREADS: "3" })).toBe(3);
    expect(readThreads({ SEARCH_THREADS: " 1 " })).toBe(1);
    expect(readThreads({})).toBe(Math.min(os.availableParallelism(), 4));
  });

  it("reports a thread that cannot open its file as a thread failure, with the reason", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken = openReadPool(path.join(tempDir(), "absent.db"), 1);
    const error = await broken.all("SELECT 1", []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderThreadFailure);
    expect(String(error)).toMatch(/SQLite reader thread failed: .*(unable to open|does not exist)/i);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("searches now run on the app's one connection"));
    warn.mockRestore();
  });
});
