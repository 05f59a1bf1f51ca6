import type { Prisma } from "../db/create-db.ts";

/** What a search backend is asked: token phrases and resolved filters, one page. */
export interface SearchPlan {
  /** Every phrase must match (tokens in order, adjacent, within one field). */
  phrases: string[][];
  /** No phrase may match. */
  excludes: string[][];
  /** The paper must carry each of these concepts (found or implied, so descendants count). */
  conceptIds: number[];
  /** Concepts named in the query: papers with evidence for them rank higher. */
  boostConceptIds: number[];
  categories: string[];
  from: string | null;
  to: string | null;
  sort: "relevance" | "date";
  offset: number;
  limit: number;
}

export interface SearchHit {
  paperId: number;
  /** Relevance (higher is better); 0 when sorted by date or when there are no words. */
  score: number;
}

export interface SearchFacets {
  concepts: { conceptId: number; count: number }[];
  months: { month: string; count: number }[];
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
}

export type Tx = Prisma.TransactionClient;

// Field weights in ranking: titles in either language count four times an abstract.
export const FIELD_WEIGHTS = { title: 4, titleKo: 4, abstractEn: 1, abstractKo: 1 } as const;
export const INDEXED_FIELDS = ["title", "titleKo", "abstractEn", "abstractKo"] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];
/** Per query concept, a paper's evidence score (capped at this) adds CONCEPT_BOOST / cap per point. */
export const CONCEPT_SCORE_CAP = 3;
export const CONCEPT_BOOST = 2;
export const FACET_CONCEPTS = 12;
export const FACET_MONTHS = 24;

/** Relevance is rounded so that both databases order equal scores the same way. */
export const roundScore = (score: number) => Math.round(score * 1e6) / 1e6;
