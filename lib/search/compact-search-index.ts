import type { Db } from "../db/create-db.ts";
import { searchBackend } from "./search-backend.ts";
import type { Tx } from "./search-plan.ts";

/** The index is compacted once this share of it has been written since the last time. */
const COMPACT_SHARE = 0.1;

/** Counts documents written to the index, in the transaction that writes them. */
export async function noteIndexWrites(tx: Tx, documents: number): Promise<void> {
  await tx.$executeRaw`INSERT INTO "paper_search_meta" ("key", "value") VALUES ('written', ${String(documents)})
    ON CONFLICT ("key") DO UPDATE SET "value" = CAST(CAST("paper_search_meta"."value" AS INTEGER) + ${documents} AS TEXT)`;
}

export async function compactSearchIndex(db: Db): Promise<void> {
  await searchBackend(db).compact(db);
  await db.$executeRaw`DELETE FROM "paper_search_meta" WHERE "key" = 'written'`;
}

/**
 * Compacts the index when a tenth of it or more was written since it last was. Batched writes
 * leave FTS5 with dozens of segments that every query reads (a 100k bulk load: ranking
 * "language model" 51 ms, 39 ms after), while a compaction rewrites the whole index (4 s at
 * 100k), so it waits until the writes since amount to a share of the index.
 */
export async function compactSearchIndexIfDue(db: Db): Promise<boolean> {
  await searchBackend(db).ensureIndex(db);
  const [row] = await db.$queryRaw<{ written: number | bigint | null; papers: number | bigint }[]>`
    SELECT (SELECT CAST("value" AS INTEGER) FROM "paper_search_meta" WHERE "key" = 'written') AS "written", (SELECT COUNT(*) FROM "Paper") AS "papers"`;
  const written = Number(row?.written ?? 0);
  if (written === 0 || written < Number(row!.papers) * COMPACT_SHARE) return false;
  await compactSearchIndex(db);
  return true;
}
