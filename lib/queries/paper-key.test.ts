import { describe, expect, it } from "vitest";
import { parsePaperKey } from "./paper-key.ts";

describe("parsePaperKey", () => {
  it("tells numeric ids from arXiv ids", () => {
    expect(parsePaperKey("42")).toEqual({ id: 42 });
    expect(parsePaperKey("2312.04876v3")).toEqual({ arxivId: "2312.04876" });
    expect(parsePaperKey("hep-th%2F9901001")).toEqual({ arxivId: "hep-th/9901001" });
  });

  it("rejects everything else", () => {
    for (const bad of ["", "abc", "1; DROP TABLE Paper", "%E0%A4%A", "99999999999"]) expect(parsePaperKey(bad)).toBeNull();
  });
});
