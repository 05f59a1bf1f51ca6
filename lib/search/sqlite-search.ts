import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { conceptBoost, facetQueries, planFilters, type DialectSql } from "./plan-filters.ts";
import { FACET_CONCEPTS, FACET_MONTHS, FIELD_WEIGHTS, INDEXED_FIELDS, type SearchPage, type SearchPlan, type Tx } from "./search-plan.ts";
import type { IndexedDocument } from "./index-document.ts";

// SQLite FTS5. Documents are stored already tokenised (tokens joined by spaces), so the ascii
// tokenizer only splits at the spaces and both databases index exactly the same tokens.
// The table keeps its own copy of the tokens: a contentless table cannot correct its row and
// token totals when a row is deleted, and bm25 depends on them.
const DDL = [
  `CREATE TABLE IF NOT EXISTS "paper_search_meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS "paper_search" USING fts5(title, title_ko, abstract_en, abstract_ko, tokenize = 'ascii')`,
  `CREATE TRIGGER IF NOT EXISTS "paper_search_delete" AFTER DELETE ON "Paper" BEGIN DELETE FROM "paper_search" WHERE rowid = old."id"; END`,
];

const WEIGHTS = Prisma.raw(INDEXED_FIELDS.map((field) => FIELD_WEIGHTS[field].toFixed(1)).join(", "));
const DAY = Prisma.sql`COALESCE(p."listedOn", SUBSTR(p."publishedAt", 1, 10))`;

/** An FTS5 expression: every phrase quoted, all required. Tokens hold only letters and digits. */
function ftsExpression(phrases: string[][]): string {
  return phrases.map((tokens) => `"${tokens.join(" ")}"`).join(" AND ");
}

const dialect: DialectSql = {
  day: DAY,
  matches: (phrases) => Prisma.sql`p."id" IN (SELECT rowid FROM "paper_search" WHERE "paper_search" MATCH ${ftsExpression(phrases)})`,
};

export const sqliteSearch = {
  async ensureIndex(client: Db | Tx): Promise<void> {
    for (const statement of DDL) await client.$executeRawUnsafe(statement);
  },


  async clear(tx: Tx): Promise<void> {
    await tx.$executeRaw`DELETE FROM "paper_search"`;
  },

  async write(tx: Tx, documents: IndexedDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await tx.$executeRaw`DELETE FROM "paper_search" WHERE rowid IN (${Prisma.join(documents.map((d) => d.paperId))})`;
    for (let i = 0; i < documents.length; i += 500) {
      const rows = documents.slice(i, i + 500).map((d) => Prisma.sql`(${d.paperId}, ${Prisma.join(INDEXED_FIELDS.map((f) => d.fields[f].join(" ")))})`);
      await tx.$executeRaw`INSERT INTO "paper_search" (rowid, title, title_ko, abstract_en, abstract_ko) VALUES ${Prisma.join(rows)}`;
    }
  },

  async search(db: Db, plan: SearchPlan): Promise<SearchPage> {
    const filters = planFilters(plan, dialect);
    const words = plan.phrases.length > 0;
    const from = words
      ? Prisma.sql`FROM "paper_search" JOIN "Paper" p ON p."id" = "paper_search".rowid WHERE "paper_search" MATCH ${ftsExpression(plan.phrases)} AND ${filters}`
      : Prisma.sql`FROM "Paper" p WHERE ${filters}`;
    const score = words && plan.sort === "relevance" ? Prisma.sql`ROUND(-bm25("paper_search", ${WEIGHTS}) + ${conceptBoost(plan)}, 6)` : Prisma.sql`0.0`;
    const order = plan.sort === "relevance" && words ? Prisma.sql`"score" DESC, "day" DESC NULLS LAST, "id" DESC` : Prisma.sql`"day" DESC NULLS LAST, "id" DESC`;
    // bm25() cannot run in a query with a window function: rank first, count afterwards.
    const hits = await db.$queryRaw<{ id: number | bigint; score: number; total: number | bigint }[]>`
      WITH m AS MATERIALIZED (SELECT p."id" AS "id", ${score} AS "score", ${DAY} AS "day" ${from})
      SELECT "id", "score", COUNT(*) OVER () AS "total" FROM m ORDER BY ${order} LIMIT ${plan.limit} OFFSET ${plan.offset}`;
    const total = hits.length ? Number(hits[0]!.total) : await countOnly(db, from);
    const facets = facetQueries(Prisma.sql`SELECT p."id" ${from}`, DAY, { concepts: FACET_CONCEPTS, months: FACET_MONTHS });
    const [concepts, months] = await Promise.all([
      db.$queryRaw<{ conceptId: number | bigint; count: number | bigint }[]>(facets.concepts),
      db.$queryRaw<{ month: string; count: number | bigint }[]>(facets.months),
    ]);
    return {
      total,
      hits: hits.map((h) => ({ paperId: Number(h.id), score: Number(h.score) })),
      facets: {
        concepts: concepts.map((c) => ({ conceptId: Number(c.conceptId), count: Number(c.count) })),
        months: months.map((m) => ({ month: m.month, count: Number(m.count) })),
      },
    };
  },
};

/** The total of a page past the last result. */
async function countOnly(db: Db, from: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${from}`;
  return Number(rows[0]!.n);
}
