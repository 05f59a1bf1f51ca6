import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_WORDS_FILE, contentWords, parseContentWords } from "./content-words.ts";

describe("the checks' content words", () => {
  it("load from content/, and find each listed word once by its beginning", () => {
    expect(parseContentWords(readFileSync(CONTENT_WORDS_FILE, "utf8")).length).toBeGreaterThan(150);
    const found = contentWords("We evaluate the evaluation of agents on video.");
    expect(found.map((w) => [w.stem, w.text])).toEqual([
      ["evaluat", "evaluate"],
      ["agent", "agents"],
      ["video", "video"],
    ]);
    expect(found[1]!.renderings).toContain("에이전트");
    // After a hyphen a word begins too.
    expect(contentWords("a fine-tuned model").map((w) => w.text)).toEqual([
      "fine-tuned",
      "tuned",
      "model",
    ]);
  });

  it("name the file and line of a malformed entry", () => {
    expect(() => parseContentWords("agent\t에이전트\nAgent\t에이전트\n", "w.tsv")).toThrow(
      'w.tsv:2: "Agent" is not a lower-case stem',
    );
    expect(() => parseContentWords("agent\t에이전트\nagent\t요원\n", "w.tsv")).toThrow(
      'w.tsv:2: "agent" is listed twice',
    );
    expect(() => parseContentWords("# comment\nagent\t에이전트||\n", "w.tsv")).toThrow(
      "w.tsv:2: expected stem<TAB>rendering|rendering|...",
    );
    expect(() => parseContentWords("agent 에이전트\n", "w.tsv")).toThrow("w.tsv:1:");
  });
});
