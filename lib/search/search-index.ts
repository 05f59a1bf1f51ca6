import type { Db } from "../db/create-db.ts";
import { papersWithText } from "../queries/papers-with-text.ts";
import { compactSearchIndex, noteIndexWrites } from "./compact-search-index.ts";
import { indexDocument, type SearchablePaper } from "./index-document.ts";
import { searchBackend } from "./search-backend.ts";
import type { Tx } from "./search-plan.ts";

/** Bump when tokens change: every database re-indexes once on its next start. */
export const INDEX_VERSION = "3";

/** The version an index is built at: the tokens' and, where it has one, the backend's layout. */
const versionOf = (layout: string) => (layout ? `${INDEX_VERSION}.${layout}` : INDEX_VERSION);
const PAGE = 1000;
const TEXT = { id: true, title: true, titleKo: true, abstractEn: true, abstractKo: true } as const;

/**
 * Re-indexes papers inside the caller's transaction, creating the index if needed. `fresh` holds
 * papers inserted in this transaction, whose text is known; the others are read back.
 */
export async function indexPapers(tx: Tx, paperIds: number[], fresh: Map<number, Omit<SearchablePaper, "id">> = new Map()): Promise<void> {
  if (paperIds.length === 0) return;
  const backend = searchBackend(tx);
  await backend.ensureIndex(tx);
  const known = paperIds.flatMap((id) => (fresh.has(id) ? [{ id, ...fresh.get(id)! }] : []));
  const stale = paperIds.filter((id) => !fresh.has(id));
  await backend.write(tx, known.map(indexDocument));
  for (let i = 0; i < stale.length; i += PAGE) {
    const papers = await tx.paper.findMany({ where: { id: { in: stale.slice(i, i + PAGE) } }, select: TEXT });
    await backend.write(tx, papers.map(indexDocument));
  }
  await noteIndexWrites(tx, paperIds.length);
}

async function indexedVersion(db: Db): Promise<string | null> {
  const rows = await db.$queryRaw<{ value: string }[]>`SELECT "value" FROM "paper_search_meta" WHERE "key" = 'version'`;
  return rows[0]?.value ?? null;
}

/**
 * Creates the search index and rebuilds it when it was built by another version of the
 * tokens, or never completely (papers stored before search existed). Returns the papers
 * indexed; 0 when the index was current.
 */
export async function ensureSearchIndex(db: Db, options: { rebuild?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<number> {
  const backend = searchBackend(db);
  await backend.ensureIndex(db);
  const version = versionOf(backend.layout);
  if (!options.rebuild && (await indexedVersion(db)) === version) return 0;
  const total = await db.paper.count();
  const indexed = await db.$transaction(
    async (tx) => {
      await backend.clear(tx);
      let done = 0;
      for await (const papers of papersWithText(tx)) {
        await backend.write(tx, papers.map(indexDocument));
        done += papers.length;
        options.onProgress?.(done, total);
      }
      await tx.$executeRaw`INSERT INTO "paper_search_meta" ("key", "value") VALUES ('version', ${version}) ON CONFLICT ("key") DO UPDATE SET "value" = ${version}`;
      return done;
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  await compactSearchIndex(db);
  return indexed;
}

const ensured = new WeakSet<object>();

/** Makes sure the index tables exist before the first search through this client. */
export async function searchReady(db: Db): Promise<void> {
  if (ensured.has(db)) return;
  await searchBackend(db).ensureIndex(db);
  ensured.add(db);
}

