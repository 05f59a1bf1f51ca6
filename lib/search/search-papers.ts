import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { readRows } from "../db/read-rows.ts";
import type { EmbedderStatus } from "../semantic/embedder.ts";
import { directLookup, type DirectLookup } from "./direct-lookup.ts";
import { parseQuery, type ParsedQuery, type QueryProblem } from "./parse-query.ts";
import { conceptsNamedIn } from "./query-concepts.ts";
import { RERANK_DEPTH, rerank, type ScoredMatch } from "./rerank.ts";
import { facetsOf } from "./search-facets.ts";
import { searchBackend } from "./search-backend.ts";
import { roundScore, scoredPhrases, type SearchPlan } from "./search-plan.ts";
import { searchReady } from "./search-index.ts";
import { semanticScope, type SearchMode } from "./semantic-scope.ts";
import { conceptQuery, singlePhraseQueries } from "./related-queries.ts";
import { matchRanges, snippet, type SnippetPart } from "./snippet.ts";
import { wordTerms, type WordTerm } from "./word-terms.ts";

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE = 500;
const FACET_CONCEPTS = 12;
const FACET_MONTHS = 24;
const MAX_ALTERNATIVES = 6;

export interface SearchRequest {
  q: string;
  /** Filters given apart from the query text (URL parameters). */
  concepts?: string[];
  categories?: string[];
  from?: string | null;
  to?: string | null;
  sort?: "relevance" | "date";
  page?: number;
  /** lexical (words), semantic (meaning, by embeddings) or hybrid (both, fused); lexical by default. */
  mode?: SearchMode;
}

export interface SearchResultItem {
  id: number;
  arxivId: string | null;
  title: string;
  titleKo: string | null;
  /** Where the query's words are in each title: [start, end) offsets. */
  titleMatches: [number, number][];
  titleKoMatches: [number, number][];
  snippetEn: SnippetPart[];
  snippetKo: SnippetPart[];
  day: string | null;
  concepts: { slug: string; nameEn: string; nameKo: string; score: number }[];
  score: number;
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  sort: "relevance" | "date";
  mode: SearchMode;
  /** How the query was understood. */
  query: {
    terms: string[];
    excluded: string[];
    concepts: { slug: string; nameEn: string; nameKo: string }[];
    categories: string[];
    from: string | null;
    to: string | null;
    /** The papers the words named outright, instead of words to match: an arXiv id or an author. */
    lookup: Omit<DirectLookup, "paperIds"> | null;
  };
  results: SearchResultItem[];
  /** When nothing matched all the words: each word or phrase alone that finds papers, and how many. */
  alternatives: { q: string; total: number }[];
  /** Concepts the words name, as queries for every paper on them in either language (with the same filters), and how many. */
  conceptQueries: { slug: string; nameEn: string; nameKo: string; q: string; total: number }[];
  /** Counted over the first `scope` results (all of them up to 1,000). */
  facets: { scope: number; concepts: { slug: string; nameEn: string; nameKo: string; count: number }[]; months: { month: string; count: number }[] };
}

export type SearchOutcome =
  | { ok: true; result: SearchResult }
  | { ok: false; code: "empty_query" | "invalid_query" | "unknown_concept" | "semantic_off"; message: string; problem?: QueryProblem };

const RESULT_SELECT = { id: true, arxivId: true, title: true, titleKo: true, abstractEn: true, abstractKo: true, listedOn: true, publishedAt: true } as const;
/** Concept chips per result, strongest first. */
const RESULT_CONCEPTS = 6;

/**
 * Searches papers by words in English and Korean, phrases, exclusions and filters. Relevance is
 * FTS5's BM25 with titles weighted above abstracts, plus a boost for papers with evidence for
 * the concepts the query names; the same on SQLite and PostgreSQL. Semantic and hybrid modes
 * need the embedding model (`semantic`); without words they list by date like lexical search.
 */
export async function searchPapers(db: Db, request: SearchRequest, semantic?: EmbedderStatus): Promise<SearchOutcome> {
  const parsed = parseQuery(request.q, request);
  if (!parsed.ok) return { ok: false, code: "invalid_query", message: parsed.message, problem: parsed.problem };
  const query = parsed.query;
  const filtered = query.concepts.length + query.categories.length > 0 || query.from !== null || query.to !== null;
  if (query.phrases.length === 0 && !filtered) {
    return request.q.trim()
      ? { ok: false, code: "invalid_query", message: "The query has no searchable words: symbols and emoji are ignored.", problem: { key: "noWords" } }
      : { ok: false, code: "empty_query", message: "Give search words or a filter (concept:, cat:, from:, to:)." };
  }

  // On a reader thread and without Prisma's row mapping: 1.4 ms instead of 4.5 ms (100k papers, 174 concepts).
  const concepts = (await readRows<{ id: number | bigint; slug: string; nameEn: string; nameKo: string; definitionHash: string }>(db, Prisma.sql`SELECT "id", "slug", "nameEn", "nameKo", "definitionHash" FROM "Concept"`)).map((c) => ({ ...c, id: Number(c.id) }));
  const bySlug = new Map(concepts.map((c) => [c.slug, c]));
  const unknown = query.concepts.find((slug) => !bySlug.has(slug));
  if (unknown) return { ok: false, code: "unknown_concept", message: `There is no concept "${unknown}"; see /api/concepts for the list.`, problem: { key: "unknownConcept", values: { slug: unknown } } };

  const page = Math.min(Math.max(1, request.page ?? 1), MAX_SEARCH_PAGE);
  const text = query.phrases.map((p) => p.text).join(" ");
  // Words that name an arXiv paper or an author list those papers instead of matching text.
  const lookup = query.phrases.length && query.phrases.every((p) => !p.quoted) ? await directLookup(db, text) : null;
  const words = lookup ? [] : query.phrases;
  const mode = words.length ? (request.mode ?? "lexical") : "lexical";
  if (mode !== "lexical" && !semantic?.on) return { ok: false, code: "semantic_off", message: "Semantic search is off on this server: it has no embedding model.", problem: { key: "semanticOff" } };
  const sort = mode !== "lexical" ? "relevance" : words.length ? (request.sort ?? "relevance") : "date";
  await searchReady(db);
  const named = await conceptsNamedIn(db, words.map((p) => p.text), concepts);
  const terms = wordTerms(words, named);
  const plan: SearchPlan = {
    phrases: terms.map((t) => t.tokens),
    alternatives: terms.map((t) => t.alternatives),
    excludes: query.excludes.map((p) => p.tokens),
    conceptIds: [...new Set(query.concepts)].map((slug) => bySlug.get(slug)!.id),
    categories: [...new Set(query.categories)],
    from: query.from,
    to: query.to,
    ...(lookup ? { paperIds: lookup.paperIds } : {}),
  };
  const boost = [...new Set(named.map((n) => n.conceptId))];
  const embedder = semantic?.on ? semantic.embedder : undefined;
  const found = await findPage(db, plan, sort, (page - 1) * SEARCH_PAGE_SIZE, boost, mode !== "lexical" && embedder ? () => semanticScope(db, plan, mode, embedder, text, boost) : undefined);

  const byConceptId = new Map(concepts.map((c) => [c.id, c]));
  const alternatives = found.total === 0 && words.length > 1 ? await alternativesTo(db, plan, terms, singlePhraseQueries(query).slice(0, MAX_ALTERNATIVES)) : [];
  const conceptQueries = await conceptQueriesFor(db, plan, query, boost.flatMap((id) => (plan.conceptIds.includes(id) ? [] : [byConceptId.get(id)!])));
  const byId = new Map(found.rows.map((r) => [r.id, r]));
  const phrases = scoredPhrases(plan);
  return {
    ok: true,
    result: {
      total: found.total,
      page,
      pageSize: SEARCH_PAGE_SIZE,
      sort,
      mode,
      query: {
        terms: query.phrases.map((p) => p.text),
        excluded: query.excludes.map((p) => p.text),
        concepts: [...new Set(query.concepts)].map((slug) => {
          const { nameEn, nameKo } = bySlug.get(slug)!;
          return { slug, nameEn, nameKo };
        }),
        categories: [...new Set(query.categories)],
        from: query.from,
        to: query.to,
        lookup: lookup && { kind: lookup.kind, value: lookup.value },
      },
      results: found.hits.flatMap(({ paperId, score }) => {
        const row = byId.get(paperId);
        if (!row) return [];
        return [
          {
            id: row.id,
            arxivId: row.arxivId,
            title: row.title,
            titleKo: row.titleKo,
            titleMatches: matchRanges(row.title, phrases),
            titleKoMatches: row.titleKo ? matchRanges(row.titleKo, phrases) : [],
            snippetEn: snippet(row.abstractEn, phrases),
            snippetKo: snippet(row.abstractKo, phrases),
            day: row.listedOn ?? row.publishedAt?.toISOString().slice(0, 10) ?? null,
            concepts: row.concepts,
            score,
          },
        ];
      }),
      alternatives,
      conceptQueries,
      facets: {
        scope: found.scope.length,
        concepts: found.facets.concepts.flatMap(({ conceptId, count }) => {
          const concept = byConceptId.get(conceptId);
          return concept ? [{ slug: concept.slug, nameEn: concept.nameEn, nameKo: concept.nameKo, count }] : [];
        }),
        months: found.facets.months,
      },
    },
  };
}

/** Each phrase alone (as its term when it is one on its own), counted with the plan's filters; those that find papers, most first. */
async function alternativesTo(db: Db, plan: SearchPlan, terms: WordTerm[], queries: { index: number; q: string; tokens: string[] }[]) {
  const backend = searchBackend(db);
  const counted = [];
  for (const { index, q, tokens } of queries) {
    const term = terms.find((t) => t.from === index && t.to === index + 1);
    counted.push({ q, total: await backend.count(db, { ...plan, phrases: [term?.tokens ?? tokens], alternatives: [term?.alternatives ?? []] }) });
  }
  return counted.filter((a) => a.total > 0).sort((a, b) => b.total - a.total);
}

/** The concepts the words name as concept queries, counted with the plan's filters; those with papers. */
async function conceptQueriesFor(db: Db, plan: SearchPlan, query: ParsedQuery, named: { id: number; slug: string; nameEn: string; nameKo: string }[]) {
  const backend = searchBackend(db);
  const counted = [];
  for (const { id, slug, nameEn, nameKo } of named) {
    const total = await backend.count(db, { ...plan, phrases: [], conceptIds: [...plan.conceptIds, id] });
    counted.push({ slug, nameEn, nameKo, q: conceptQuery(query, slug), total });
  }
  return counted.filter((c) => c.total > 0);
}

/**
 * The papers of a page, each with its strongest concepts. The concepts are read apart, on a
 * reader thread: as a Prisma relation with a per-paper limit the same page took 8.9 ms instead of 1.2 ms.
 */
async function pageRows(db: Db, hits: ScoredMatch[]) {
  if (!hits.length) return [];
  const ids = hits.map((h) => h.paperId);
  const [papers, conceptRows] = await Promise.all([
    db.paper.findMany({ where: { id: { in: ids } }, select: RESULT_SELECT }),
    readRows<{ paperId: number | bigint; score: number; slug: string; nameEn: string; nameKo: string }>(db, Prisma.sql`
      SELECT pc."paperId" AS "paperId", pc."score" AS "score", c."slug" AS "slug", c."nameEn" AS "nameEn", c."nameKo" AS "nameKo"
      FROM "PaperConcept" pc JOIN "Concept" c ON c."id" = pc."conceptId"
      WHERE pc."about" = TRUE AND pc."implied" = FALSE
      AND pc."paperId" IN (${searchBackend(db).idSet(ids)})
      ORDER BY pc."paperId", pc."score" DESC, pc."conceptId"`),
  ]);
  const concepts = new Map<number, { slug: string; nameEn: string; nameKo: string; score: number }[]>();
  for (const { paperId, ...concept } of conceptRows) {
    const list = concepts.get(Number(paperId)) ?? concepts.set(Number(paperId), []).get(Number(paperId))!;
    if (list.length < RESULT_CONCEPTS) list.push(concept);
  }
  return papers.map((paper) => ({ ...paper, concepts: concepts.get(paper.id) ?? [] }));
}

/**
 * One page of results and their papers. The first RERANK_DEPTH results (by relevance with the
 * concept boost, or by date) are fetched whole: they give the page, the facets and, when fewer,
 * the total. A semantic or hybrid ranking (`ranked`) is whole: every result is in it. The count
 * comes with the ranking (counted beside it, or on SQLite in the same pass) or starts with the
 * dated list, and the page's papers are read beside the facets.
 */
async function findPage(db: Db, plan: SearchPlan, sort: "relevance" | "date", offset: number, boostConceptIds: number[], ranked?: () => Promise<ScoredMatch[]>) {
  const backend = searchBackend(db);
  const counting = !ranked && sort === "date" ? backend.count(db, plan) : undefined;
  // Awaited below; marked handled so that a failed listing does not leave it unobserved.
  counting?.catch(() => {});
  let scope: ScoredMatch[];
  let total: number | undefined;
  if (ranked) scope = await ranked();
  else if (sort === "relevance") {
    const first = await backend.rankedWithTotal(db, plan, RERANK_DEPTH);
    scope = await rerank(db, backend, first.matches, boostConceptIds);
    total = first.total;
  } else scope = (await backend.dated(db, plan, RERANK_DEPTH, 0)).map((paperId) => ({ paperId, score: 0 }));
  const inScope = scope.slice(offset, offset + SEARCH_PAGE_SIZE);
  const [counted, facets, rows] = await Promise.all([
    counting,
    facetsOf(db, backend, scope.map((m) => m.paperId), { concepts: FACET_CONCEPTS, months: FACET_MONTHS }),
    pageRows(db, inScope),
  ]);
  total ??= counted === undefined || scope.length < RERANK_DEPTH ? scope.length : counted;
  if (ranked || offset + SEARCH_PAGE_SIZE <= RERANK_DEPTH || offset >= total) return { total, hits: inScope, scope, facets, rows };
  // Past the re-ranked head, results continue in plain bm25 (or date) order.
  const deeper = sort === "relevance"
    ? (await backend.ranked(db, plan, SEARCH_PAGE_SIZE, Math.max(offset, RERANK_DEPTH))).map((m) => ({ paperId: m.paperId, score: roundScore(m.relevance) }))
    : (await backend.dated(db, plan, SEARCH_PAGE_SIZE, Math.max(offset, RERANK_DEPTH))).map((paperId) => ({ paperId, score: 0 }));
  const hits = [...inScope, ...deeper].slice(0, SEARCH_PAGE_SIZE);
  return { total, hits, scope, facets, rows: [...rows, ...(await pageRows(db, hits.slice(inScope.length)))] };
}
