import { describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { searchPapers } from "../../lib/search/search-papers.ts";
import { syntheticPaper, tempDir, writeDigestFile } from "../support/digest-fixtures.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

const fresh = migratedDatabases();

async function writtenSinceCompaction(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ value: string }[]>`SELECT "value" FROM "paper_search_meta" WHERE "key" = 'written'`;
  return Number(rows[0]?.value ?? 0);
}

/** FTS5 keeps one row per segment and leaf page range in its %_idx table. */
async function sqliteSegments(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(DISTINCT "segid") AS "n" FROM "paper_search_idx"`;
  return Number(row!.n);
}

async function ingestDay(db: Db, date: string, numbers: number[]) {
  const file = writeDigestFile(tempDir(), date, numbers.map((n) => syntheticPaper(n, date)));
  const summary = await ingest(db, { paths: [file] });
  expect(summary.issues).toEqual([]);
}

async function totalFor(db: Db, q: string): Promise<number> {
  const outcome = await searchPapers(db, { q });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result.total;
}

describe.each(testDialects())("search index compaction on $dialect", (dialect) => {
  it("compacts once a tenth of the index was written since the last time, and search finds the same papers", async () => {
    const db = await fresh(dialect);
    await ingestDay(db, "2025-03-01", Array.from({ length: 40 }, (_, i) => i));
    expect(await writtenSinceCompaction(db)).toBe(0);
    if (dialect.dialect === "sqlite") expect(await sqliteSegments(db)).toBe(1);

    // 2 then 1 more papers on 40: under a tenth, so the writes are counted and wait.
    await ingestDay(db, "2025-03-02", [100, 101]);
    await ingestDay(db, "2025-03-03", [102]);
    expect(await writtenSinceCompaction(db)).toBe(3);
    if (dialect.dialect === "sqlite") expect(await sqliteSegments(db)).toBe(3);
    expect(await totalFor(db, "low-rank adaptation")).toBe(43);

    // 2 more make 5 of 45 written since: due.
    await ingestDay(db, "2025-03-04", [103, 104]);
    expect(await writtenSinceCompaction(db)).toBe(0);
    if (dialect.dialect === "sqlite") expect(await sqliteSegments(db)).toBe(1);
    expect(await totalFor(db, "low-rank adaptation")).toBe(45);
  }, 60_000);

  it("counts nothing for a dry run", async () => {
    const db = await fresh(dialect);
    await ingestDay(db, "2025-03-01", Array.from({ length: 40 }, (_, i) => i));
    const file = writeDigestFile(tempDir(), "2025-03-02", [syntheticPaper(100, "2025-03-02")]);
    expect((await ingest(db, { paths: [file], dryRun: true })).added).toBe(1);
    expect(await writtenSinceCompaction(db)).toBe(0);
  }, 60_000);
});
