import { describe, expect, it } from "vitest";
import type { SourceItem } from "../ingest/sources/source-item.ts";
import { mergeListings } from "./merge-listings.ts";

const item = (
  id: string,
  announced: string | undefined,
  more: Record<string, unknown> = {},
): SourceItem => ({
  label: `item (${id})`,
  date: "2025-05-20",
  announced,
  fields: { arxivId: id, title: `Paper ${id}`, abstractEn: "A.", ...more },
});

describe("mergeListings", () => {
  it("lists a cross-listed paper once, keeps replacements out of the day's news and adds Hugging Face's upvotes and links", () => {
    const merged = mergeListings(
      [
        item("2505.00001v1", "new"),
        item("2505.00002v1", "new"),
        item("2501.00003v2", "replace"),
        item("2505.00001v1", "cross"),
        item("2412.00004v3", "cross"),
      ],
      [
        item("2505.00002", undefined, { hfUpvotes: 31, codeUrl: "https://github.com/a/b" }),
        item("2505.00009", undefined, { hfUpvotes: 4 }),
      ],
    );
    expect(merged.items.map((i) => i.fields.arxivId)).toEqual([
      "2505.00001v1",
      "2505.00002v1",
      "2501.00003v2",
      "2412.00004v3",
      "2505.00009",
    ]);
    expect(merged.items.every((i) => i.date === null)).toBe(true);
    expect([...merged.candidates].sort()).toEqual([
      "2412.00004",
      "2505.00001",
      "2505.00002",
      "2505.00009",
    ]);
    expect(merged.items[1]?.fields).toMatchObject({
      arxivId: "2505.00002v1",
      hfUpvotes: 31,
      codeUrl: "https://github.com/a/b",
    });
    expect(merged.merged).toBe(2);
  });

  it("keeps the newest version a listing names", () => {
    const merged = mergeListings(
      [item("2505.00001v1", "cross"), item("2505.00001v2", "replace-cross")],
      [],
    );
    expect(merged.items.map((i) => i.fields.arxivId)).toEqual(["2505.00001v2"]);
    expect([...merged.candidates]).toEqual(["2505.00001"]);
  });
});
