import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArxivRss, rfc822Day } from "./parse-arxiv-rss.ts";

describe("parseArxivRss", () => {
  const listing = parseArxivRss(readFileSync("tests/fixtures/sources/arxiv-rss-cs.SD+eess.AS-2025-08-07.xml", "utf8"));

  it("dates every item with the feed's announcement day", () => {
    expect(listing.date).toBe("2025-08-07");
    expect(listing.items).toHaveLength(11);
    expect(new Set(listing.items.map((i) => i.date))).toEqual(new Set(["2025-08-07"]));
  });

  it("takes the versioned id, the authors and the abstract out of arXiv's description", () => {
    expect(listing.items[0]?.fields).toMatchObject({
      arxivId: "2508.03764v1",
      title: "CoughViT: A Self-Supervised Vision Transformer for Cough Audio Representation Learning",
      authors: ["Justin Luong", "Hao Xue", "Flora D. Salim"],
    });
    expect(String(listing.items[0]?.fields.abstractEn)).toMatch(/^Physicians routinely assess respiratory sounds/);
    expect(listing.items.some((i) => /v[2-9]$/.test(String(i.fields.arxivId)))).toBe(true);
  });

  it("reads RFC 822 days as written, not shifted to UTC", () => {
    expect(rfc822Day("Thu, 07 Aug 2025 00:00:00 -0400")).toBe("2025-08-07");
    expect(rfc822Day("Mon, 1 Dec 2025 23:59:00 +0900")).toBe("2025-12-01");
    expect(rfc822Day("yesterday")).toBeNull();
  });

  it("rejects what is not an RSS feed", () => {
    expect(() => parseArxivRss("<feed></feed>")).toThrow("is not an RSS 2.0 feed");
  });
});
