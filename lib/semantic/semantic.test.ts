import { describe, expect, it } from "vitest";
import { fuseRankings, RRF_K } from "./fuse-rankings.ts";
import { bytesToVector, vectorToBytes } from "./vector-bytes.ts";
import { nearest, vectorMatrix } from "./vector-index.ts";

const unit = (...values: number[]) => {
  const norm = Math.hypot(...values);
  return Float32Array.from(values.map((v) => v / norm));
};

describe("nearest", () => {
  const matrix = vectorMatrix("m", [
    { paperId: 1, vector: unit(1, 0, 0) },
    { paperId: 2, vector: unit(0.9, 0.1, 0) },
    { paperId: 3, vector: unit(0, 1, 0) },
    { paperId: 4, vector: unit(0.5, 0.5, 0) },
    { paperId: 5, vector: unit(0.9, 0.1, 0) },
    { paperId: 6, vector: unit(0, 0, 1) },
  ]);

  it("ranks by cosine similarity, equal similarities by lower id, and keeps only k", () => {
    const found = nearest(matrix, unit(1, 0, 0), 4);
    expect(found.map((n) => n.paperId)).toEqual([1, 2, 5, 4]);
    expect(found[0]!.similarity).toBeCloseTo(1, 6);
    expect(found[3]!.similarity).toBeCloseTo(Math.SQRT1_2, 6);
    expect(nearest(matrix, unit(0, 0, 1), 1)).toEqual([{ paperId: 6, similarity: expect.closeTo(1, 6) }]);
  });

  it("leaves out what skip names, and answers nothing for a vector of another size", () => {
    expect(nearest(matrix, unit(1, 0, 0), 2, (id) => id === 1 || id === 2).map((n) => n.paperId)).toEqual([5, 4]);
    expect(nearest(matrix, unit(1, 0), 3)).toEqual([]);
  });

  it("gives the same order as sorting every similarity, on many random vectors", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    const rows = Array.from({ length: 500 }, (_, i) => ({ paperId: i + 1, vector: unit(...Array.from({ length: 16 }, random)) }));
    const query = unit(...Array.from({ length: 16 }, random));
    const all = rows.map((r) => ({ paperId: r.paperId, similarity: r.vector.reduce((s, x, d) => s + x * query[d]!, 0) })).sort((a, b) => b.similarity - a.similarity || a.paperId - b.paperId);
    expect(nearest(vectorMatrix("m", rows), query, 25).map((n) => n.paperId)).toEqual(all.slice(0, 25).map((n) => n.paperId));
  });

  it("stores vectors as bytes and reads them back unchanged", () => {
    const v = unit(0.3, -0.2, 0.9);
    expect(bytesToVector(vectorToBytes(v))).toEqual(v);
    expect(vectorToBytes(v).byteLength).toBe(12);
  });
});

describe("fuseRankings", () => {
  it("sums reciprocal ranks, so a paper high in both lists beats one first in only one", () => {
    const lexical = [10, 20, 30];
    const semantic = [40, 20, 10];
    const fused = fuseRankings([lexical, semantic]);
    expect(fused.map((f) => f.paperId)).toEqual([10, 20, 40, 30]);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 1) + 1 / (RRF_K + 3), 12);
    expect(fused[1]!.score).toBeCloseTo(2 / (RRF_K + 2), 12);
    expect(fused[2]!.score).toBeCloseTo(1 / (RRF_K + 1), 12);
  });

  it("breaks ties by the earlier list, then by rank, and with one list keeps its order", () => {
    expect(fuseRankings([[1, 2], [3, 4]]).map((f) => f.paperId)).toEqual([1, 3, 2, 4]);
    expect(fuseRankings([[5, 6, 7]]).map((f) => f.paperId)).toEqual([5, 6, 7]);
    expect(fuseRankings([[], []])).toEqual([]);
  });
});
