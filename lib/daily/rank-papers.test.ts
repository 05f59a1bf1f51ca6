import { describe, expect, it } from "vitest";
import { rankPapers } from "./rank-papers.ts";

describe("rankPapers", () => {
  it("puts upvoted papers first, then by summed concept confidence, then by arXiv id", () => {
    const ranked = rankPapers([
      { id: 1, arxivId: "2505.00001", hfUpvotes: null, conceptScores: [3, 2] },
      { id: 2, arxivId: "2505.00002", hfUpvotes: 4, conceptScores: [1] },
      { id: 3, arxivId: "2505.00003", hfUpvotes: null, conceptScores: [6] },
      { id: 4, arxivId: "2505.00004", hfUpvotes: 31, conceptScores: [] },
      { id: 5, arxivId: "2505.00000", hfUpvotes: null, conceptScores: [5] },
      { id: 6, arxivId: "2505.00006", hfUpvotes: 0, conceptScores: [9] },
    ]);
    expect(ranked.map((p) => p.id)).toEqual([4, 2, 6, 1, 5, 3]);
  });

  it("weighs a learned probability and a lexical score on one scale", () => {
    // Two concepts the learned layer is sure of outweigh one decided by a high lexical score.
    const ranked = rankPapers([
      { id: 1, arxivId: "2505.00001", hfUpvotes: null, conceptScores: [4.5] },
      { id: 2, arxivId: "2505.00002", hfUpvotes: null, conceptScores: [0.97, 0.93] },
      { id: 3, arxivId: "2505.00003", hfUpvotes: null, conceptScores: [0.91] },
    ]);
    expect(ranked.map((p) => p.id)).toEqual([2, 1, 3]);
  });
});
