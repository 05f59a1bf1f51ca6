import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { bm25, phraseFrequency, type TokenPositions } from "./fts5-bm25.ts";
import type { IndexedDocument } from "./index-document.ts";
import { conceptBoost, facetQueries, planFilters, type DialectSql } from "./plan-filters.ts";
import { FACET_CONCEPTS, FACET_MONTHS, FIELD_WEIGHTS, INDEXED_FIELDS, roundScore, type SearchPage, type SearchPlan, type Tx } from "./search-plan.ts";

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
const DAY = Prisma.sql`COALESCE(p."listedOn", TO_CHAR(p."publishedAt", 'YYYY-MM-DD'))`;

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

const dialect: DialectSql = {
  day: DAY,
  matches: (phrases) => Prisma.sql`p."id" IN (SELECT "paperId" FROM "paper_search" WHERE "tsv" @@ ${tsquery(phrases)}::tsquery)`,
};

interface Candidate {
  id: number;
  tokens: number;
  day: string | null;
  boost: number;
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

export const postgresSearch = {
  async ensureIndex(client: Db | Tx): Promise<void> {
    // CREATE INDEX locks the table even when the index exists, which would queue concurrent ingests.
    const [present] = await client.$queryRaw<{ ready: boolean }[]>`SELECT TO_REGCLASS('"paper_search_tsv"') IS NOT NULL AND TO_REGCLASS('"paper_search_meta"') IS NOT NULL AS "ready"`;
    if (present?.ready) return;
    for (const statement of DDL) await client.$executeRawUnsafe(statement);
  },


  async clear(tx: Tx): Promise<void> {
    await tx.$executeRaw`DELETE FROM "paper_search"`;
  },

  async write(tx: Tx, documents: IndexedDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += 500) {
      const rows = documents.slice(i, i + 500).map((d) => {
        const tokens = INDEXED_FIELDS.reduce((sum, f) => sum + d.fields[f].length, 0);
        return Prisma.sql`(${d.paperId}, ${tsvectorLiteral(d)}::tsvector, ${tokens})`;
      });
      await tx.$executeRaw`INSERT INTO "paper_search" ("paperId", "tsv", "tokens") VALUES ${Prisma.join(rows)}
        ON CONFLICT ("paperId") DO UPDATE SET "tsv" = EXCLUDED."tsv", "tokens" = EXCLUDED."tokens"`;
    }
  },

  async search(db: Db, plan: SearchPlan): Promise<SearchPage> {
    const filters = planFilters(plan, dialect);
    const words = plan.phrases.length > 0;
    const from = words
      ? Prisma.sql`FROM "paper_search" s JOIN "Paper" p ON p."id" = s."paperId" WHERE s."tsv" @@ ${tsquery(plan.phrases)}::tsquery AND ${filters}`
      : Prisma.sql`FROM "Paper" p WHERE ${filters}`;
    const facets = facetQueries(Prisma.sql`SELECT p."id" ${from}`, DAY, { concepts: FACET_CONCEPTS, months: FACET_MONTHS });
    const [page, concepts, months] = await Promise.all([
      words && plan.sort === "relevance" ? rankedPage(db, plan, from) : datedPage(db, plan, from),
      db.$queryRaw<{ conceptId: number | bigint; count: number | bigint }[]>(facets.concepts),
      db.$queryRaw<{ month: string; count: number | bigint }[]>(facets.months),
    ]);
    return {
      ...page,
      facets: {
        concepts: concepts.map((c) => ({ conceptId: Number(c.conceptId), count: Number(c.count) })),
        months: months.map((m) => ({ month: m.month, count: Number(m.count) })),
      },
    };
  },
};

async function datedPage(db: Db, plan: SearchPlan, from: Prisma.Sql): Promise<Pick<SearchPage, "total" | "hits">> {
  const rows = await db.$queryRaw<{ id: number; total: bigint }[]>`
    SELECT p."id" AS "id", COUNT(*) OVER () AS "total" ${from} ORDER BY ${DAY} DESC NULLS LAST, p."id" DESC LIMIT ${plan.limit} OFFSET ${plan.offset}`;
  const total = rows.length ? Number(rows[0]!.total) : Number((await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n ${from}`)[0]!.n);
  return { total, hits: rows.map((r) => ({ paperId: Number(r.id), score: 0 })) };
}

/** Every match is scored here (bm25 needs corpus statistics), then sorted as SQLite sorts. */
async function rankedPage(db: Db, plan: SearchPlan, from: Prisma.Sql): Promise<Pick<SearchPage, "total" | "hits">> {
  const lexemes = [...new Set(plan.phrases.flat())];
  const [corpus, candidates, ...phraseDocuments] = await Promise.all([
    db.$queryRaw<{ documents: bigint; tokens: bigint | null }[]>`SELECT COUNT(*) AS "documents", SUM("tokens") AS "tokens" FROM "paper_search"`,
    db.$queryRaw<Candidate[]>`
      SELECT p."id" AS "id", s."tokens" AS "tokens", ${DAY} AS "day", ${conceptBoost(plan)}::float8 AS "boost",
        ARRAY(SELECT u.lexeme || ' ' || ARRAY_TO_STRING(u.positions, ',') || ' ' || ARRAY_TO_STRING(u.weights, ',') FROM UNNEST(s."tsv") u WHERE u.lexeme IN (${Prisma.join(lexemes)})) AS "hits"
      ${from}`,
    ...plan.phrases.map((phrase) => db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "paper_search" WHERE "tsv" @@ ${tsquery([phrase])}::tsquery`),
  ]);
  const stats = { documents: Number(corpus[0]!.documents), tokens: Number(corpus[0]!.tokens ?? 0), phraseDocuments: phraseDocuments.map((rows) => Number(rows[0]!.n)) };
  const scored = candidates.map((c) => {
    const positions = tokenPositions(c.hits);
    const relevance = bm25(stats, Number(c.tokens), plan.phrases.map((phrase) => phraseFrequency(positions, phrase)));
    return { paperId: Number(c.id), day: c.day, score: roundScore(relevance + Number(c.boost)) };
  });
  scored.sort((a, b) => b.score - a.score || compareDayDesc(a.day, b.day) || b.paperId - a.paperId);
  return { total: scored.length, hits: scored.slice(plan.offset, plan.offset + plan.limit).map(({ paperId, score }) => ({ paperId, score })) };
}

function compareDayDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
