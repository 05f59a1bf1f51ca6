/** Reciprocal rank fusion's constant: how much the first places outweigh the later ones (Cormack et al. 2009 use 60). */
export const RRF_K = 60;

export interface Fused {
  paperId: number;
  /** Sum over the rankings of 1 / (RRF_K + rank), rank from 1. */
  score: number;
}

/**
 * Merges best-first rankings of paper ids into one by reciprocal rank fusion: a paper high in
 * either list, or fairly high in both, comes first. Ties go to the paper ranked higher in an
 * earlier list.
 */
export function fuseRankings(rankings: number[][], k = RRF_K): Fused[] {
  const scores = new Map<number, { score: number; first: number }>();
  rankings.forEach((ranking, list) => {
    ranking.forEach((paperId, index) => {
      const entry = scores.get(paperId) ?? { score: 0, first: Infinity };
      entry.score += 1 / (k + index + 1);
      entry.first = Math.min(entry.first, list * 1e9 + index);
      scores.set(paperId, entry);
    });
  });
  return [...scores]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .map(([paperId, { score }]) => ({ paperId, score }));
}
