import { describe, expect, it } from "vitest";
import { loadLabelledSet } from "./labels/labelled-set.ts";
import { latinTokens } from "./tokenize.ts";

describe("latinTokens", () => {
  it("keeps decimals and version dots in a word, and splits at anything else", () => {
    const words = (text: string) => latinTokens(text).map((t) => t.text);
    const version = ["Qwen2.5", "7B", "scores", "3.1", "on", "low", "rank", "v1.2.3"];
    expect(words("Qwen2.5-7B scores 3.1 on low-rank v1.2.3.")).toEqual(version);
    expect(words("3.5B, é, x.y and 2.")).toEqual(["3.5", "B", "x", "y", "and", "2"]);
    expect(latinTokens("A LoRA")[1]).toEqual({ text: "LoRA", key: "lora", start: 2, end: 6 });
  });

  it("reads every labelled abstract as the regular expression it replaces does", () => {
    const pattern = /[A-Za-z0-9]+(?:\.[0-9]+)*/g;
    for (const paper of loadLabelledSet()) {
      for (const text of [paper.title, paper.abstractEn]) {
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
        expect(latinTokens(text).map((t) => [t.start, t.text])).toEqual(expected);
      }
    }
  });
});
