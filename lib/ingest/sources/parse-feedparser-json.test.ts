import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeedparserJson } from "./parse-feedparser-json.ts";

describe("parseFeedparserJson", () => {
  const items = parseFeedparserJson(
    readFileSync("tests/fixtures/sources/feedparser-arxiv-rss-2025-08-07.json", "utf8"),
  );

  it("reads every feed of a capture, dated with its announcement day", () => {
    expect(items).toHaveLength(6);
    expect(new Set(items.map((i) => i.date))).toEqual(new Set(["2025-08-07"]));
    expect(items[0]).toMatchObject({
      label: "feed 1 entry 1 (2508.03699v1)",
      announced: "new",
      fields: { arxivId: "2508.03699v1", authors: ["Subin Raj Peter"] },
    });
    expect(String(items[0]?.fields.abstractEn)).toMatch(/^Virtual Reality \(VR\) has emerged/);
  });

  it("keeps each entry's version and announce type", () => {
    expect(items.map((i) => `${i.fields.arxivId} ${i.announced}`)).toEqual([
      "2508.03699v1 new",
      "2312.10925v3 cross",
      "2303.00788v2 replace",
      "2508.03764v1 new",
      "2508.04179v1 cross",
      "2306.09106v2 replace",
    ]);
  });

  it("rejects JSON that is no parsed feed", () => {
    expect(() => parseFeedparserJson("[]")).toThrow("expected a JSON object");
    expect(() => parseFeedparserJson('{"a": 1}')).toThrow("no object with an entries list");
  });
});
