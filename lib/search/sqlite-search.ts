import { Prisma } from "../db/generated/sqlite/client.ts";
import { bm25CachedExtension } from "../db/bm25-cached-extension.ts";
import type { Db } from "../db/create-db.ts";
import type { IndexedDocument } from "./index-document.ts";
import { countFiltered } from "./count-filtered.ts";
import { bestOf, inSlices } from "./paper-slices.ts";
import { PAPER_ROW, planFilters, type FilterDialect } from "./plan-filters.ts";
import { FIELD_WEIGHTS, INDEXED_FIELDS, planTerms, rankedBesideCount, type RankedMatch, type SearchBackend, type SearchPlan, type Tx } from "./search-plan.ts";

// SQLite FTS5. Documents are stored already tokenised (tokens joined by spaces), so the ascii
// tokenizer only splits at the spaces and both databases index exactly the same tokens.
// The table keeps its own copy of the tokens: a contentless table cannot correct its row and
// token totals when a row is deleted, and bm25 depends on them.
const DDL = [
  `CREATE TABLE IF NOT EXISTS "paper_search_meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS "paper_search" USING fts5(title, title_ko, abstract_en, abstract_ko, tokenize = 'ascii')`,
  `CREATE TRIGGER IF NOT EXISTS "paper_search_delete" AFTER DELETE ON "Paper" BEGIN DELETE FROM "paper_search" WHERE rowid = old."id"; END`,
];

const BM25 = Prisma.raw("bm25");
// lib/search/bm25-cached.c: bm25's scores from what it keeps between queries; on reader threads only.
const BM25_CACHED = Prisma.raw("bm25_cached");
const WEIGHTS = Prisma.raw(INDEXED_FIELDS.map((field) => FIELD_WEIGHTS[field].toFixed(1)).join(", "));

// Bare: a range on it is an FTS5 index constraint, so each slice reads only its part of the doclists.
const ROWID = Prisma.sql`"paper_search".rowid`;

const quoted = (tokens: string[]) => `"${tokens.join(" ")}"`;

/**
 * An FTS5 expression: every term required (a quoted phrase, or its alternatives joined by OR),
 * none of the excluded phrases. Tokens hold only letters and digits. Exclusions inside the
 * expression cost FTS5 a merge of position lists rather than a set of every excluded paper
 * (ranking "benchmark -vision" at 100k: 33 -> 19 ms), and bm25 scores an absent phrase 0, so
 * scores are the same.
 */
function ftsExpression(plan: Pick<SearchPlan, "phrases" | "alternatives" | "excludes">): string {
  const terms = planTerms(plan).map((term) => (term.length > 1 ? `(${term.map(quoted).join(" OR ")})` : quoted(term[0]!)));
  return [`(${terms.join(" AND ")})`, ...plan.excludes.map(quoted)].join(" NOT ");
}

const dialect: FilterDialect = {
  matching: (phrase) => Prisma.sql`SELECT rowid FROM "paper_search" WHERE "paper_search" MATCH ${quoted(phrase)}`,
  // By id SQLite would read the paper's whole row (abstracts and all): 60 ms for 18,000 matches
  // of 100,000 papers, 7 ms from the narrow index.
  paperDays: Prisma.sql`"Paper" d INDEXED BY "Paper_id_listedOn_idx"`,
};
// With words, exclusions are in the FTS5 expression.
const besideWords = (plan: SearchPlan): SearchPlan => (plan.phrases.length ? { ...plan, excludes: [] } : plan);
// The unary plus keeps FTS5 from taking the id filters as index constraints: it would re-run the
// full-text match once per id in the set.
const filters = (plan: SearchPlan) => planFilters(besideWords(plan), { id: Prisma.sql`+"paper_search".rowid` }, dialect);

type RankedRow = { id: number | bigint | null; bm25: number };
const rankedMatch = (r: RankedRow): RankedMatch => ({ paperId: Number(r.id), relevance: -r.bm25 });
// The reader threads have bm25_cached wherever it was built (the same scores, three times as fast).
const threadsBm25 = () => (bm25CachedExtension() ? BM25_CACHED : BM25);

/** The best `limit` matches within `range`; bm25 is negative, best lowest, returned unrounded (rounding every row costs a third more). */
function rankingQuery(plan: SearchPlan, limit: number, range: Prisma.Sql, bm25: Prisma.Sql) {
  return Prisma.sql`
    SELECT rowid AS "id", ${bm25}("paper_search", ${WEIGHTS}) AS "bm25" FROM "paper_search"
    WHERE "paper_search" MATCH ${ftsExpression(plan)} AND ${filters(plan)} AND ${range}
    ORDER BY "bm25", rowid DESC LIMIT ${limit}`;
}

export const sqliteSearch: SearchBackend = {
  layout: "",
  async ensureIndex(client) {
    for (const statement of DDL) await client.$executeRawUnsafe(statement);
  },

  async clear(tx: Tx) {
    await tx.$executeRaw`DELETE FROM "paper_search"`;
  },

  async write(tx: Tx, documents: IndexedDocument[]) {
    if (documents.length === 0) return;
    await tx.$executeRaw`DELETE FROM "paper_search" WHERE rowid IN (${Prisma.join(documents.map((d) => d.paperId))})`;
    for (let i = 0; i < documents.length; i += 500) {
      const rows = documents.slice(i, i + 500).map((d) => Prisma.sql`(${d.paperId}, ${Prisma.join(INDEXED_FIELDS.map((f) => d.fields[f].join(" ")))})`);
      await tx.$executeRaw`INSERT INTO "paper_search" (rowid, title, title_ko, abstract_en, abstract_ko) VALUES ${Prisma.join(rows)}`;
    }
  },

  async compact(db: Db) {
    // One segment instead of the dozens that batched inserts leave on different levels.
    await db.$executeRaw`INSERT INTO "paper_search" ("paper_search") VALUES ('optimize')`;
  },

  async ranked(db: Db, plan, limit, offset) {
    // Split across threads for the first results; deeper pages would need every slice's first `offset` too.
    const slices = offset === 0 ? await inSlices<RankedRow>(db, ROWID, (range) => rankingQuery(plan, limit, range, threadsBm25())) : null;
    if (slices) return bestOf(slices.map((part) => part.map(rankedMatch)), limit);
    return (await db.$queryRaw<RankedRow[]>`${rankingQuery(plan, limit, Prisma.sql`1 = 1`, BM25)} OFFSET ${offset}`).map(rankedMatch);
  },

  async rankedWithTotal(db: Db, plan, limit) {
    // With bm25_cached, each thread's statement also says how many rows it scored, which are all
    // of its range's matches: no second pass to count them (see bm25-cached.c). A range that
    // returns fewer than `limit` has its total in hand, which also covers a range with no match.
    const slices = bm25CachedExtension()
      ? await inSlices<RankedRow>(db, ROWID, (range) => Prisma.sql`
          SELECT "id", "bm25" FROM (${rankingQuery(plan, limit, range, BM25_CACHED)})
          UNION ALL SELECT NULL, bm25_cached_rows()`)
      : null;
    if (!slices) return rankedBesideCount(sqliteSearch, db, plan, limit);
    const parts = slices.map((rows) => rows.filter((r) => r.id !== null));
    const total = slices.reduce((sum, rows, i) => sum + (parts[i]!.length < limit ? parts[i]!.length : rows.find((r) => r.id === null)!.bm25), 0);
    return { matches: bestOf(parts.map((part) => part.map(rankedMatch)), limit), total };
  },

  async dated(db: Db, plan, limit, offset) {
    // With +id the planner walks the listedOn index newest first and stops at the page's end
    // instead of sorting every match: 40 ms instead of 110 ms for 60,000 matches of 100,000.
    const words = plan.phrases.length ? Prisma.sql`+p."id" IN (SELECT rowid FROM "paper_search" WHERE "paper_search" MATCH ${ftsExpression(plan)})` : Prisma.sql`1 = 1`;
    const rows = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT p."id" AS "id" FROM "Paper" p WHERE ${words} AND ${planFilters(besideWords(plan), { ...PAPER_ROW, id: Prisma.sql`+p."id"` }, dialect)}
      ORDER BY p."listedOn" DESC NULLS LAST, p."id" DESC LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => Number(r.id));
  },

  filters(plan, paper) {
    return planFilters(plan, paper, dialect);
  },

  idSet(paperIds) {
    return Prisma.sql`SELECT "value" FROM JSON_EACH(${JSON.stringify(paperIds)})`;
  },

  async count(db: Db, plan) {
    if (!plan.phrases.length) return countFiltered(db, plan, dialect);
    const query = (range: Prisma.Sql) => Prisma.sql`SELECT COUNT(*) AS "n" FROM "paper_search" WHERE "paper_search" MATCH ${ftsExpression(plan)} AND ${filters(plan)} AND ${range}`;
    const slices = await inSlices<{ n: number }>(db, ROWID, query);
    if (slices) return slices.reduce((sum, [row]) => sum + row!.n, 0);
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>`${query(Prisma.sql`1 = 1`)}`;
    return Number(row!.n);
  },
};
