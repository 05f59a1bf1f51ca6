import { describe, expect, it } from "vitest";
import { parseArxivId } from "./arxiv-id.ts";

describe("parseArxivId", () => {
  it("splits the version off new-style ids", () => {
    expect(parseArxivId("2312.04876v2")).toEqual({ id: "2312.04876", version: 2 });
    expect(parseArxivId("arXiv:2508.11661")).toEqual({ id: "2508.11661", version: null });
  });

  it("accepts old-style ids with an archive", () => {
    expect(parseArxivId("hep-th/9901001v1")).toEqual({ id: "hep-th/9901001", version: 1 });
    expect(parseArxivId("math.AG/0601001")).toEqual({ id: "math.AG/0601001", version: null });
  });

  it("rejects what is not an arXiv id", () => {
    for (const bad of ["", "2312.048", "12345.6789", "2312.04876v", "abc", "2312.04876 v2"]) {
      expect(parseArxivId(bad)).toBeNull();
    }
  });
});
