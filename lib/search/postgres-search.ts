import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import type { IndexedDocument } from "./index-document.ts";
import { planFilters } from "./plan-filters.ts";
import { FIELD_WEIGHTS, INDEXED_FIELDS, type SearchBackend, type Tx } from "./search-plan.ts";

// PostgreSQL full text: one tsvector per paper built from the same tokens as SQLite's index
// (fields told apart by weight letters A-D, a one-position gap between fields so that no phrase
// spans two), a GIN index for matching, and FTS5's bm25 recomputed from positions for ranking.
const DDL = [
  `CREATE TABLE IF NOT EXISTS "paper_search_meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS "paper_search" ("paperId" INTEGER PRIMARY KEY REFERENCES "Paper"("id") ON DELETE CASCADE, "tsv" TSVECTOR NOT NULL, "tokens" INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS "paper_search_tsv" ON "paper_search" USING GIN ("tsv")`,
];

const WEIGHT_LETTER = { title: "A", titleKo: "B", abstractEn: "C", abstractKo: "D" } as const;
const K1 = 1.2;
const B = 0.75;

/** A tsvector literal. Tokens hold only letters and digits, so they need no escaping. */
export function tsvectorLiteral(document: IndexedDocument): string {
  const positions = new Map<string, string[]>();
  let base = 0;
  for (const field of INDEXED_FIELDS) {
    const tokens = document.fields[field];
    tokens.forEach((token, i) => {
      const list = positions.get(token) ?? [];
      list.push(`${base + i + 1}${WEIGHT_LETTER[field]}`);
      positions.set(token, list);
    });
    base += tokens.length + 1;
  }
  return [...positions].map(([token, list]) => `'${token}':${list.join(",")}`).join(" ");
}

function tsquery(phrases: string[][]): string {
  return phrases.map((tokens) => `(${tokens.map((t) => `'${t}'`).join(" <-> ")})`).join(" & ");
}

const matching = (phrase: string[]) => Prisma.sql`SELECT "paperId" FROM "paper_search" WHERE "tsv" @@ ${tsquery([phrase])}::tsquery`;

export const postgresSearch: SearchBackend = {
  async ensureIndex(client) {
    // CREATE INDEX locks the table even when the index exists, which would queue concurrent ingests.
    const [present] = await client.$queryRaw<{ ready: boolean }[]>`SELECT TO_REGCLASS('"paper_search_tsv"') IS NOT NULL AND TO_REGCLASS('"paper_search_meta"') IS NOT NULL AS "ready"`;
    if (present?.ready) return;
    for (const statement of DDL) await client.$executeRawUnsafe(statement);
  },

  async clear(tx: Tx) {
    await tx.$executeRaw`DELETE FROM "paper_search"`;
  },

  async write(tx: Tx, documents: IndexedDocument[]) {
    for (let i = 0; i < documents.length; i += 500) {
      const rows = documents.slice(i, i + 500).map((d) => {
        const tokens = INDEXED_FIELDS.reduce((sum, f) => sum + d.fields[f].length, 0);
        return Prisma.sql`(${d.paperId}, ${tsvectorLiteral(d)}::tsvector, ${tokens})`;
      });
      await tx.$executeRaw`INSERT INTO "paper_search" ("paperId", "tsv", "tokens") VALUES ${Prisma.join(rows)}
        ON CONFLICT ("paperId") DO UPDATE SET "tsv" = EXCLUDED."tsv", "tokens" = EXCLUDED."tokens"`;
    }
  },

  /**
   * FTS5's bm25 computed in SQL (ext/fts5/fts5_aux.c, same operations in the same order): each
   * phrase occurrence weighted by its field, k1 = 1.2, b = 0.75, idf floored at 1e-6, document
   * length over all fields.
   */
  async ranked(db: Db, plan, limit, offset) {
    const [corpus] = await db.$queryRaw<{ documents: bigint; tokens: bigint | null }[]>`SELECT COUNT(*) AS "documents", SUM("tokens") AS "tokens" FROM "paper_search"`;
    const documents = Number(corpus!.documents);
    const averageLength = Number(corpus!.tokens ?? 0) / documents;
    const lexemes = [...new Set(plan.phrases.flat())];
    const weight = Prisma.raw(`CASE a.w ${INDEXED_FIELDS.map((f) => `WHEN '${WEIGHT_LETTER[f]}' THEN ${FIELD_WEIGHTS[f].toFixed(1)}::float8`).join(" ")} END`);
    const frequencies = plan.phrases.map((phrase, i) => {
      // Each later token joined at the next position: hash joins, where EXISTS re-scanned the CTE per row.
      const follows = phrase.slice(1).map((token, j) => Prisma.sql`JOIN hit ${Prisma.raw(`b${j}`)} ON ${Prisma.raw(`b${j}`)}.id = a.id AND ${Prisma.raw(`b${j}`)}.t = ${token} AND ${Prisma.raw(`b${j}`)}.p = a.p + ${j + 1}::int`);
      return Prisma.sql`, f${Prisma.raw(String(i))} AS (SELECT a.id, SUM(${weight}) AS f FROM hit a ${follows.length ? Prisma.join(follows, " ") : Prisma.empty} WHERE a.t = ${phrase[0]!} GROUP BY a.id)`;
    });
    const idf = (phrase: string[]) =>
      Prisma.sql`(SELECT CASE WHEN x <= 0 THEN 1e-6::float8 ELSE x END FROM (SELECT LN((${documents}::float8 - COUNT(*)::float8 + 0.5::float8) / (COUNT(*)::float8 + 0.5::float8)) AS x FROM "paper_search" WHERE "tsv" @@ ${tsquery([phrase])}::tsquery) i)`;
    const terms = plan.phrases.map((phrase, i) => {
      const f = Prisma.sql`COALESCE(f${Prisma.raw(String(i))}.f, 0::float8)`;
      return Prisma.sql` + ${idf(phrase)} * ((${f} * ${K1 + 1.0}::float8) / (${f} + ${K1}::float8 * (${1 - B}::float8 + ${B}::float8 * doc.d::float8 / ${averageLength}::float8)))`;
    });
    const joins = plan.phrases.map((_, i) => Prisma.raw(` LEFT JOIN f${i} ON f${i}.id = doc.id`));
    const rows = await db.$queryRaw<{ id: number; relevance: number }[]>`
      WITH hit AS MATERIALIZED (
        SELECT s."paperId" AS id, s."tokens" AS d, u.lexeme AS t, x.p AS p, x.w AS w
        FROM "paper_search" s, UNNEST(s."tsv") u, UNNEST(u.positions, u.weights) AS x(p, w)
        WHERE s."tsv" @@ ${tsquery(plan.phrases)}::tsquery AND ${planFilters(plan, Prisma.sql`s."paperId"`, matching)} AND u.lexeme IN (${Prisma.join(lexemes)})
      ), doc AS (SELECT DISTINCT id, d FROM hit) ${Prisma.join(frequencies, " ")}
      SELECT doc.id AS "id", (0::float8 ${Prisma.join(terms, " ")}) AS "relevance" FROM doc ${Prisma.join(joins, " ")}
      ORDER BY "relevance" DESC, doc.id DESC LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => ({ paperId: Number(r.id), relevance: Number(r.relevance) }));
  },

  async dated(db: Db, plan, limit, offset) {
    const words = plan.phrases.length ? Prisma.sql`p."id" IN (SELECT "paperId" FROM "paper_search" WHERE "tsv" @@ ${tsquery(plan.phrases)}::tsquery)` : Prisma.sql`1 = 1`;
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT p."id" AS "id" FROM "Paper" p WHERE ${words} AND ${planFilters(plan, Prisma.sql`p."id"`, matching)}
      ORDER BY p."listedOn" DESC NULLS LAST, p."id" DESC LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => Number(r.id));
  },

  filters(plan, id) {
    return planFilters(plan, id, matching);
  },

  idSet(paperIds) {
    return Prisma.sql`SELECT JSONB_ARRAY_ELEMENTS_TEXT(${JSON.stringify(paperIds)}::jsonb)::int`;
  },

  async count(db: Db, plan) {
    const rows = plan.phrases.length
      ? await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "paper_search" s WHERE s."tsv" @@ ${tsquery(plan.phrases)}::tsquery AND ${planFilters(plan, Prisma.sql`s."paperId"`, matching)}`
      : await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Paper" p WHERE ${planFilters(plan, Prisma.sql`p."id"`, matching)}`;
    return Number(rows[0]!.n);
  },
};
