import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBlogPost } from "./parse-blog-post.ts";

describe("parseBlogPost", () => {
  const post = parseBlogPost(readFileSync("tests/fixtures/sources/korean-digest-post-2025-08-19.txt", "utf8"));

  it("finds the day in the post title and every paper, ignoring page chrome", () => {
    expect(post.date).toBe("2025-08-19");
    expect(post.items.map((i) => i.fields.title)).toEqual([
      "SafeSieve: From Heuristics to Experience in Progressive Pruning for LLM-based Multi-Agent Communication",
      "Can we Evaluate RAGs with Synthetic Data?",
    ]);
  });

  it("splits English and Korean paragraphs at their markers", () => {
    const [first, second] = post.items;
    expect(String(first?.fields.abstractEn)).toMatch(/^LLM-based multi-agent systems .* dual-mechanism\.$/);
    expect(String(first?.fields.abstractKo)).toMatch(/^LLM 기반 멀티 에이전트 시스템은 .* SafeSieve를 제시한다\.$/);
    expect(String(second?.fields.abstractKo)).toMatch(/^우리는 사람이 레이블링한/);
    expect(second?.fields.arxivId).toBeNull();
  });

  it("reads an arXiv id written near a title, and accepts all three Korean markers", () => {
    const text = "[2023-12-08] 모음\n\nLLaMA Beyond English\nhttps://arxiv.org/abs/2401.01055\nAbstract: In recent times...\n초록: 최근에는...\n";
    const parsed = parseBlogPost(text);
    expect(parsed.items[0]?.fields).toMatchObject({ arxivId: "2401.01055", title: "LLaMA Beyond English", abstractKo: "최근에는..." });
  });

  it("rejects text with no Abstract: paragraph", () => {
    expect(() => parseBlogPost("반응형\n댓글 0\n")).toThrow('has no paper: expected a line starting "Abstract:"');
  });
});
