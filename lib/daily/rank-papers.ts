export interface RankedPaper {
  id: number;
  arxivId: string | null;
  /** Hugging Face upvotes; null when the paper was not on its daily list. */
  hfUpvotes: number | null;
  /** The scores of the concepts the paper is about (not implied ones). */
  conceptScores: number[];
}

/**
 * What each concept a paper is about adds: the learned layer's probability, or 1 for a concept
 * decided by its lexical score (1.5 and up, on another scale, where the evidence is explicit).
 */
const confidence = (score: number) => Math.min(score, 1);

const relevance = (paper: RankedPaper) =>
  paper.conceptScores.reduce((sum, score) => sum + confidence(score), 0);

/**
 * The order of a day's digest: papers readers upvoted on Hugging Face first (most upvotes first),
 * then by concept relevance (the summed confidence of the concepts they are about), then by arXiv id
 * so that the order never depends on how the listing was read.
 */
export function rankPapers<T extends RankedPaper>(papers: T[]): T[] {
  return [...papers].sort(
    (a, b) =>
      (b.hfUpvotes ?? -1) - (a.hfUpvotes ?? -1) ||
      relevance(b) - relevance(a) ||
      (a.arxivId ?? "").localeCompare(b.arxivId ?? "") ||
      a.id - b.id,
  );
}
