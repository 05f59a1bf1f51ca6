import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import type { IndexedDocument } from "./index-document.ts";
import { countFiltered } from "./count-filtered.ts";
import { bestOf, inSlices } from "./paper-slices.ts";
import { PAPER_ROW, planFilters, type FilterDialect } from "./plan-filters.ts";
import { FIELD_WEIGHTS, INDEXED_FIELDS, planTerms, rankedBesideCount, scoredPhrases, type RankedMatch, type SearchBackend, type SearchPlan, type Tx } from "./search-plan.ts";

// PostgreSQL full text: one tsvector per paper built from the same tokens as SQLite's index
// (fields told apart by weight letters A-D, a one-position gap between fields so that no phrase
// spans two) with a GIN index for matching; for ranking, the same tokens in order as an array
// ("terms", an empty string between fields, "bounds" where the later fields start) and each
// token's field-weighted frequency ("frequencies"), from which FTS5's bm25 is recomputed: a
// one-word phrase's frequency is a key lookup, a longer phrase's places are found with
// ARRAY_POSITIONS (without unpacking the whole tsvector, which cost about 85 µs a matching paper).
const DDL = [
  `CREATE TABLE IF NOT EXISTS "paper_search_meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS "paper_search" ("paperId" INTEGER PRIMARY KEY REFERENCES "Paper"("id") ON DELETE CASCADE, "tsv" TSVECTOR NOT NULL, "tokens" INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS "paper_search_tsv" ON "paper_search" USING GIN ("tsv")`,
  // Added with index version 2; the index is rebuilt when its version changes.
  `ALTER TABLE "paper_search" ADD COLUMN IF NOT EXISTS "terms" TEXT[] NOT NULL DEFAULT '{}'`,
  `ALTER TABLE "paper_search" ADD COLUMN IF NOT EXISTS "bounds" INTEGER[] NOT NULL DEFAULT '{}'`,
  // Added with layout "frequencies".
  `ALTER TABLE "paper_search" ADD COLUMN IF NOT EXISTS "frequencies" JSONB NOT NULL DEFAULT '{}'`,
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

/**
 * Each token's occurrences weighted by field, summed as FTS5's bm25 sums them (whole numbers, so
 * in any order the same), as a JSON object: one key lookup per single-word phrase instead of a
 * scan of the token array (ranking "language model" at 10k: 172 -> 87 ms).
 */
export function frequenciesOf(document: IndexedDocument): string {
  const frequencies = new Map<string, number>();
  for (const field of INDEXED_FIELDS) {
    for (const token of document.fields[field]) frequencies.set(token, (frequencies.get(token) ?? 0) + FIELD_WEIGHTS[field]);
  }
  return JSON.stringify(Object.fromEntries(frequencies));
}

/** The document's tokens in field order, "" between fields, as an array literal; and where fields 2-4 start (1-based). */
export function termsOf(document: IndexedDocument): { terms: string; bounds: string } {
  const terms: string[] = [];
  const bounds: number[] = [];
  INDEXED_FIELDS.forEach((field, i) => {
    if (i > 0) {
      terms.push("");
      bounds.push(terms.length + 1);
    }
    terms.push(...document.fields[field]);
  });
  // Every element quoted: a token such as "null" must stay text. Tokens hold only letters and digits.
  return { terms: `{${terms.map((t) => `"${t}"`).join(",")}}`, bounds: `{${bounds.join(",")}}` };
}

const phraseQuery = (tokens: string[]) => `(${tokens.map((t) => `'${t}'`).join(" <-> ")})`;

/** A tsquery of every term of the plan's words (a term: its phrases joined by |). */
function tsquery(plan: Pick<SearchPlan, "phrases" | "alternatives">): string {
  return planTerms(plan).map((term) => (term.length > 1 ? `(${term.map(phraseQuery).join(" | ")})` : phraseQuery(term[0]!))).join(" & ");
}

const PAPER_ID = Prisma.sql`s."paperId"`;
// A range on the bare column can lead the planner to walk the primary key instead of the
// full-text index (concept:rag retrieval at 10k: 20 -> 35 ms); with + 0 it only filters.
const SLICED_ID = Prisma.sql`(s."paperId" + 0)`;

/**
 * Runs a search statement where the planner may not read "paper_search" whole. For a word in
 * most papers it would, testing each row's tsvector, which is stored out of line (TOAST): at 10k
 * papers a count of "language" took 28 ms that way and 2 ms from the GIN index.
 */
async function byIndex<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$queryRaw<T[]>(query)]);
  return rows;
}

const dialect: FilterDialect = {
  matching: (phrase) => Prisma.sql`SELECT "paperId" FROM "paper_search" WHERE "tsv" @@ ${phraseQuery(phrase)}::tsquery`,
  paperDays: Prisma.sql`"Paper" d`,
};

export const postgresSearch: SearchBackend = {
  // "frequencies" added beside the token arrays (fourth session, 2026-11-25).
  layout: "frequencies",
  async ensureIndex(client) {
    // CREATE INDEX and ALTER TABLE lock the table even when there is nothing to do, which would queue concurrent ingests.
    const [present] = await client.$queryRaw<{ ready: boolean }[]>`SELECT TO_REGCLASS('"paper_search_tsv"') IS NOT NULL AND TO_REGCLASS('"paper_search_meta"') IS NOT NULL
      AND EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'paper_search' AND column_name = 'frequencies' AND table_schema = current_schema()) AS "ready"`;
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
        const { terms, bounds } = termsOf(d);
        return Prisma.sql`(${d.paperId}, ${tsvectorLiteral(d)}::tsvector, ${tokens}, ${terms}::text[], ${bounds}::int[], ${frequenciesOf(d)}::jsonb)`;
      });
      await tx.$executeRaw`INSERT INTO "paper_search" ("paperId", "tsv", "tokens", "terms", "bounds", "frequencies") VALUES ${Prisma.join(rows)}
        ON CONFLICT ("paperId") DO UPDATE SET "tsv" = EXCLUDED."tsv", "tokens" = EXCLUDED."tokens", "terms" = EXCLUDED."terms", "bounds" = EXCLUDED."bounds", "frequencies" = EXCLUDED."frequencies"`;
    }
  },

  async compact(db: Db) {
    // Moves the GIN index's pending entries (which every query scans) into the index proper and
    // refreshes the planner's statistics after a bulk load.
    await db.$executeRaw`VACUUM (ANALYZE) "paper_search"`;
  },

  /**
   * FTS5's bm25 computed in SQL (ext/fts5/fts5_aux.c, same operations in the same order): each
   * phrase occurrence weighted by its field, k1 = 1.2, b = 0.75, idf floored at 1e-6, document
   * length over all fields. A phrase occurs where its first token is and the others follow.
   */
  async ranked(db: Db, plan, limit, offset) {
    const [corpus] = await db.$queryRaw<{ documents: bigint; tokens: bigint | null }[]>`SELECT COUNT(*) AS "documents", SUM("tokens") AS "tokens" FROM "paper_search"`;
    const documents = Number(corpus!.documents);
    const averageLength = Number(corpus!.tokens ?? 0) / documents;
    const [title, titleKo, abstractEn, abstractKo] = INDEXED_FIELDS.map((f) => Prisma.raw(`${FIELD_WEIGHTS[f].toFixed(1)}::float8`));
    const weight = Prisma.sql`CASE WHEN p < s."bounds"[1] THEN ${title} WHEN p < s."bounds"[2] THEN ${titleKo} WHEN p < s."bounds"[3] THEN ${abstractEn} ELSE ${abstractKo} END`;
    const frequency = (phrase: string[]) => {
      if (phrase.length === 1) return Prisma.sql`COALESCE((s."frequencies" ->> ${phrase[0]!}::text)::float8, 0::float8)`;
      const follows = phrase.slice(1).map((token, j) => Prisma.sql` AND s."terms"[p + ${j + 1}::int] = ${token}::text`);
      return Prisma.sql`(SELECT COALESCE(SUM(${weight}), 0::float8) FROM UNNEST(ARRAY_POSITIONS(s."terms", ${phrase[0]!}::text)) AS p WHERE TRUE${follows.length ? Prisma.join(follows, "") : Prisma.empty})`;
    };
    const idf = (phrase: string[]) =>
      Prisma.sql`(SELECT CASE WHEN x <= 0 THEN 1e-6::float8 ELSE x END FROM (SELECT LN((${documents}::float8 - COUNT(*)::float8 + 0.5::float8) / (COUNT(*)::float8 + 0.5::float8)) AS x FROM "paper_search" WHERE "tsv" @@ ${phraseQuery(phrase)}::tsquery) i)`;
    // Every phrase a match expression names counts, alternatives included, as in FTS5's bm25.
    const phrases = scoredPhrases(plan);
    const terms = phrases.map((phrase, i) => {
      const f = Prisma.raw(`doc.f${i}`);
      return Prisma.sql` + ${idf(phrase)} * ((${f} * ${K1 + 1.0}::float8) / (${f} + ${K1}::float8 * (${1 - B}::float8 + ${B}::float8 * doc.d::float8 / ${averageLength}::float8)))`;
    });
    const frequencies = phrases.map((phrase, i) => Prisma.sql`, ${frequency(phrase)} AS ${Prisma.raw(`f${i}`)}`);
    const query = (range: Prisma.Sql) => Prisma.sql`
      WITH doc AS MATERIALIZED (
        SELECT s."paperId" AS id, s."tokens" AS d ${Prisma.join(frequencies, " ")}
        FROM "paper_search" s
        WHERE s."tsv" @@ ${tsquery(plan)}::tsquery AND ${planFilters(plan, { id: PAPER_ID }, dialect)} AND ${range}
      )
      SELECT doc.id AS "id", (0::float8 ${Prisma.join(terms, " ")}) AS "relevance" FROM doc
      ORDER BY "relevance" DESC, doc.id DESC LIMIT ${limit}`;
    const match = (r: { id: number; relevance: number }): RankedMatch => ({ paperId: Number(r.id), relevance: Number(r.relevance) });
    // Split across connections for the first results, as on SQLite: scoring every candidate is the cost.
    const slices = offset === 0 ? await inSlices<{ id: number; relevance: number }>(db, SLICED_ID, query, (part) => byIndex(db, part)) : null;
    if (slices) return bestOf(slices.map((part) => part.map(match)), limit);
    return (await byIndex<{ id: number; relevance: number }>(db, Prisma.sql`${query(Prisma.sql`TRUE`)} OFFSET ${offset}`)).map(match);
  },

  rankedWithTotal(db: Db, plan, limit) {
    return rankedBesideCount(postgresSearch, db, plan, limit);
  },

  async dated(db: Db, plan, limit, offset) {
    const words = plan.phrases.length ? Prisma.sql`p."id" IN (SELECT "paperId" FROM "paper_search" WHERE "tsv" @@ ${tsquery(plan)}::tsquery)` : Prisma.sql`1 = 1`;
    const rows = await byIndex<{ id: number }>(db, Prisma.sql`
      SELECT p."id" AS "id" FROM "Paper" p WHERE ${words} AND ${planFilters(plan, PAPER_ROW, dialect)}
      ORDER BY p."listedOn" DESC NULLS LAST, p."id" DESC LIMIT ${limit} OFFSET ${offset}`);
    return rows.map((r) => Number(r.id));
  },

  filters(plan, paper) {
    return planFilters(plan, paper, dialect);
  },

  idSet(paperIds) {
    return Prisma.sql`SELECT JSONB_ARRAY_ELEMENTS_TEXT(${JSON.stringify(paperIds)}::jsonb)::int`;
  },

  async count(db: Db, plan) {
    if (!plan.phrases.length) return countFiltered(db, plan, dialect);
    const [row] = await byIndex<{ n: bigint }>(db, Prisma.sql`SELECT COUNT(*) AS "n" FROM "paper_search" s WHERE s."tsv" @@ ${tsquery(plan)}::tsquery AND ${planFilters(plan, { id: PAPER_ID }, dialect)}`);
    return Number(row!.n);
  },
};
