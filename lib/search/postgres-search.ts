import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { bm25, phraseFrequency, type TokenPositions } from "./fts5-bm25.ts";
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
const LETTER_WEIGHT: Record<string, number> = Object.fromEntries(INDEXED_FIELDS.map((f) => [WEIGHT_LETTER[f], FIELD_WEIGHTS[f]]));

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

interface Candidate {
  id: number;
  tokens: number;
  hits: string[];
}

/** "lexeme 3,17 A,C" rows from unnest(tsvector) as positions with their field weights. */
function tokenPositions(hits: string[]): TokenPositions {
  const positions: TokenPositions = new Map();
  for (const hit of hits) {
    const [token, list, letters] = hit.split(" ");
    const letter = letters!.split(",");
    positions.set(token!, new Map(list!.split(",").map((p, i) => [Number(p), LETTER_WEIGHT[letter[i]!]!])));
  }
  return positions;
}

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

  /** Every match is scored here, as FTS5 scores it (bm25 needs corpus statistics), then sorted. */
  async ranked(db: Db, plan, limit, offset) {
    const lexemes = [...new Set(plan.phrases.flat())];
    const [corpus, candidates, ...phraseDocuments] = await Promise.all([
      db.$queryRaw<{ documents: bigint; tokens: bigint | null }[]>`SELECT COUNT(*) AS "documents", SUM("tokens") AS "tokens" FROM "paper_search"`,
      db.$queryRaw<Candidate[]>`
        SELECT s."paperId" AS "id", s."tokens" AS "tokens",
          ARRAY(SELECT u.lexeme || ' ' || ARRAY_TO_STRING(u.positions, ',') || ' ' || ARRAY_TO_STRING(u.weights, ',') FROM UNNEST(s."tsv") u WHERE u.lexeme IN (${Prisma.join(lexemes)})) AS "hits"
        FROM "paper_search" s WHERE s."tsv" @@ ${tsquery(plan.phrases)}::tsquery AND ${planFilters(plan, Prisma.sql`s."paperId"`, matching)}`,
      ...plan.phrases.map((phrase) => db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "paper_search" WHERE "tsv" @@ ${tsquery([phrase])}::tsquery`),
    ]);
    const stats = { documents: Number(corpus[0]!.documents), tokens: Number(corpus[0]!.tokens ?? 0), phraseDocuments: phraseDocuments.map((rows) => Number(rows[0]!.n)) };
    const scored = candidates.map((c) => {
      const positions = tokenPositions(c.hits);
      return { paperId: Number(c.id), relevance: bm25(stats, Number(c.tokens), plan.phrases.map((phrase) => phraseFrequency(positions, phrase))) };
    });
    scored.sort((a, b) => b.relevance - a.relevance || b.paperId - a.paperId);
    return scored.slice(offset, offset + limit);
  },

  async dated(db: Db, plan, limit, offset) {
    const words = plan.phrases.length ? Prisma.sql`p."id" IN (SELECT "paperId" FROM "paper_search" WHERE "tsv" @@ ${tsquery(plan.phrases)}::tsquery)` : Prisma.sql`1 = 1`;
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT p."id" AS "id" FROM "Paper" p WHERE ${words} AND ${planFilters(plan, Prisma.sql`p."id"`, matching)}
      ORDER BY p."listedOn" DESC NULLS LAST, p."id" DESC LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => Number(r.id));
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
