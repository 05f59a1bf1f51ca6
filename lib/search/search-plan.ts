import type { Db, Prisma } from "../db/create-db.ts";
import type { IndexedDocument } from "./index-document.ts";
import type { FilteredPaper } from "./plan-filters.ts";

/** What a search backend is asked: token phrases and resolved filters. */
export interface SearchPlan {
  /** Every phrase must match (tokens in order, adjacent, within one field), or one of its alternatives. */
  phrases: string[][];
  /** Phrases that may stand for phrases[i]: the names, in both languages, of a concept its words name. */
  alternatives?: string[][][];
  /** When set, only these papers (an arXiv id or an author the query names). */
  paperIds?: number[];
  /** No phrase may match. */
  excludes: string[][];
  /** The paper must carry each of these concepts (found or implied, so descendants count). */
  conceptIds: number[];
  categories: string[];
  /** Inclusive digest days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

/** A match in relevance order: FTS5's bm25 (sign flipped: higher is better). */
export interface RankedMatch {
  paperId: number;
  relevance: number;
}

/** The dialect-specific part of search: the index and the queries that read it. */
export interface SearchBackend {
  /** Changes when this backend's index gains columns: with INDEX_VERSION, when to rebuild. */
  layout: string;
  ensureIndex(client: Db | Tx): Promise<void>;
  clear(tx: Tx): Promise<void>;
  write(tx: Tx, documents: IndexedDocument[]): Promise<void>;
  /** Rewrites the index for reading after many writes (outside any transaction). */
  compact(db: Db): Promise<void>;
  /** Matches of a plan with words, best first (ties: higher id first). */
  ranked(db: Db, plan: SearchPlan, limit: number, offset: number): Promise<RankedMatch[]>;
  /** The first `limit` of `ranked` and how many match in all. */
  rankedWithTotal(db: Db, plan: SearchPlan, limit: number): Promise<{ matches: RankedMatch[]; total: number }>;
  /** Matching papers, or with no words the filtered papers, newest digest day first. */
  dated(db: Db, plan: SearchPlan, limit: number, offset: number): Promise<number[]>;
  count(db: Db, plan: SearchPlan): Promise<number>;
  /** A subquery of the given ids, bound as one parameter (a thousand placeholders cost more). */
  idSet(paperIds: number[]): Prisma.Sql;
  /** The plan's filters and exclusions (not its words) as a condition on a paper. */
  filters(plan: SearchPlan, paper: FilteredPaper): Prisma.Sql;
}

export type Tx = Prisma.TransactionClient;

/** The plan's words as terms that must all match, each any one of its phrases (the phrase as typed first). */
export function planTerms(plan: Pick<SearchPlan, "phrases" | "alternatives">): string[][][] {
  return plan.phrases.map((phrase, i) => [phrase, ...(plan.alternatives?.[i] ?? [])]);
}

/** Every phrase of the plan's words in the order a match expression names them: the order bm25 sums them in. */
export function scoredPhrases(plan: Pick<SearchPlan, "phrases" | "alternatives">): string[][] {
  return planTerms(plan).flat();
}

/** `rankedWithTotal` as the ranking and the count side by side. */
export async function rankedBesideCount(backend: SearchBackend, db: Db, plan: SearchPlan, limit: number) {
  const [matches, total] = await Promise.all([backend.ranked(db, plan, limit, 0), backend.count(db, plan)]);
  return { matches, total };
}

// Field weights in ranking: titles in either language count four times an abstract.
export const FIELD_WEIGHTS = { title: 4, titleKo: 4, abstractEn: 1, abstractKo: 1 } as const;
export const INDEXED_FIELDS = ["title", "titleKo", "abstractEn", "abstractKo"] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

/**
 * Relevance is rounded so that both databases order equal scores the same way: to significant
 * digits, not decimals, because words in most papers get FTS5's floor idf (1e-6) and their
 * scores differ only past the sixth decimal (a title match still counts four times there).
 */
export const roundScore = (score: number) => Number(score.toPrecision(10));
