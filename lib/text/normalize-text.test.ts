import { describe, expect, it } from "vitest";
import { isWellFormedText, normalizeInline, normalizeParagraphs } from "./normalize-text.ts";

describe("normalizeInline", () => {
  it("turns decomposed Hangul (NFD) into composed syllables (NFC)", () => {
    const nfd = "양자화".normalize("NFD");
    expect(nfd).not.toBe("양자화");
    expect(normalizeInline(nfd)).toBe("양자화");
  });

  it("collapses hard line breaks and runs of spaces", () => {
    expect(normalizeInline("OS-Genesis: Automating GUI Agent\n  Trajectory Construction")).toBe(
      "OS-Genesis: Automating GUI Agent Trajectory Construction",
    );
  });

  it("drops control and zero-width characters but keeps LaTeX", () => {
    expect(normalizeInline("SD$^2$:\u0007 Self\u200B-Distilled")).toBe("SD$^2$: Self-Distilled");
  });
});

describe("normalizeParagraphs", () => {
  it("joins wrapped lines and keeps paragraph breaks", () => {
    const raw = "Large language models face\nsignificant cost.\n\n  We propose\r\nSamKV.\n \n\n";
    expect(normalizeParagraphs(raw)).toBe("Large language models face significant cost.\n\nWe propose SamKV.");
  });

  it("reads arXiv's indented first line as a new paragraph", () => {
    expect(normalizeParagraphs("as the number of agents increases.\n  We propose Centralized\nPermutation Equivariant learning.")).toBe(
      "as the number of agents increases.\n\nWe propose Centralized Permutation Equivariant learning.",
    );
  });

  it("treats a line holding only a non-breaking space as a paragraph break", () => {
    expect(normalizeParagraphs("첫 문단이다.\n\u00A0\n둘째 문단이다.")).toBe("첫 문단이다.\n\n둘째 문단이다.");
  });
});

describe("isWellFormedText", () => {
  it("rejects a lone surrogate", () => {
    expect(isWellFormedText("ok \uD800 bad")).toBe(false);
    expect(isWellFormedText("검색 증강 생성 🙂")).toBe(true);
  });
});
