// Semantic and hybrid ranking: the query's embedding against every paper's (lib/semantic), with
// the plan's filters and exclusions applied to the nearest papers, fused with the lexical
// ranking by reciprocal rank fusion in hybrid mode.
import type { Db } from "../db/create-db.ts";
import type { Embedder } from "../semantic/embedder.ts";
import { fuseRankings } from "../semantic/fuse-rankings.ts";
import { nearest, storedVectors } from "../semantic/vector-index.ts";
import { RERANK_DEPTH, rerank, type ScoredMatch } from "./rerank.ts";
import { keptPapers, searchBackend } from "./search-backend.ts";
import { roundScore, type SearchPlan } from "./search-plan.ts";

export type SearchMode = "lexical" | "semantic" | "hybrid";
export const SEARCH_MODES: SearchMode[] = ["lexical", "semantic", "hybrid"];

/** How many papers the semantic ranking offers: the nearest, after filters. */
export const SEMANTIC_DEPTH = 100;
/** How many nearest papers are read before filters thin them out. */
const CANDIDATES = 1000;

export async function semanticScope(db: Db, plan: SearchPlan, mode: "semantic" | "hybrid", embedder: Embedder, text: string, boostConceptIds: number[]): Promise<ScoredMatch[]> {
  const matrix = await storedVectors(db, embedder.model);
  const near = nearest(matrix, await embedder.embedQuery(text), CANDIDATES);
  const kept = await keptPapers(db, plan, near.map((n) => n.paperId));
  const semantic = near.filter((n) => kept.has(n.paperId)).slice(0, SEMANTIC_DEPTH);
  if (mode === "semantic") return semantic.map((n) => ({ paperId: n.paperId, score: roundScore(n.similarity) }));
  const backend = searchBackend(db);
  const lexical = await rerank(db, backend, await backend.ranked(db, plan, RERANK_DEPTH, 0), boostConceptIds);
  return fuseRankings([lexical.map((m) => m.paperId), semantic.map((n) => n.paperId)]).map((f) => ({ paperId: f.paperId, score: roundScore(f.score) }));
}
