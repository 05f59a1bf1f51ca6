import { describe, expect, it } from "vitest";
import { matchRanges, snippet } from "./snippet.ts";

describe("snippet", () => {
  it("highlights phrase matches in Korean and English text", () => {
    const text = "우리는 검색 증강 생성에 양자화를 적용한다. LoRA adapters help.";
    const marked = (phrases: string[][]) => snippet(text, phrases).filter((p) => p.match).map((p) => p.text);
    expect(marked([["양자", "자화"], ["lora"]])).toEqual(["양자화", "LoRA"]);
    expect(marked([["adapter"]])).toEqual(["adapters"]);
  });

  it("merges overlapping ranges", () => {
    expect(matchRanges("low rank adaptation", [["low", "rank"], ["rank", "adaptation"]])).toEqual([[0, 19]]);
  });

  it("cuts a long text to a window around the densest matches, at word boundaries", () => {
    const text = `${"filler words here ".repeat(40)}the LoRA method and LoRA results ${"more filler text ".repeat(40)}`;
    const parts = snippet(text, [["lora"]]);
    const joined = parts.map((p) => p.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.length).toBeLessThan(280);
    expect(parts.filter((p) => p.match)).toHaveLength(2);
  });

  it("never cuts an excerpt inside inline math or TeX braces, so its markup still reads", () => {
    const text = `${"filler words here ".repeat(14)}\\textbf{a bold phrase that runs on and on} then $a + b + c$ the LoRA method ${"x ".repeat(60)}\\emph{closing words in emphasis that run past the window end} tail`;
    const joined = snippet(text, [["lora"]]).map((p) => p.text).join("");
    const body = joined.replace(/^… /, "").replace(/ …$/, "");
    expect(text).toContain(body);
    expect(body.split("{").length).toBe(body.split("}").length);
    expect(body.split("$").length % 2).toBe(1);
  });
});
