import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHfDailyPapers } from "./parse-hf-daily-papers.ts";

const fixture = (name: string) => readFileSync(`tests/fixtures/sources/${name}`, "utf8");

describe("parseHfDailyPapers", () => {
  it("reads the current schema and dates papers with the day they were listed", () => {
    const items = parseHfDailyPapers(fixture("hf-daily_papers_2025-10-10.json"), null);
    expect(items).toHaveLength(46);
    expect(items[0]).toMatchObject({ label: "item 1 (2510.08558)", date: "2025-10-10", fields: { arxivId: "2510.08558", title: "Agent Learning via Early Experience" } });
    expect((items[0]?.fields.authors as string[]).slice(0, 3)).toEqual(["Kai Zhang", "Xiangchao Chen", "Bo Liu"]);
  });

  it("falls back to the day in the file name for the older schema", () => {
    const items = parseHfDailyPapers(fixture("hf-daily_papers_2024-12-16.json"), "2024-12-16");
    expect(items).toHaveLength(18);
    expect(items.every((i) => i.date === "2024-12-16")).toBe(true);
    expect(items[0]?.fields.published).toBe("2024-12-13");
  });

  it("rejects what is not a daily papers list", () => {
    expect(() => parseHfDailyPapers("{", null)).toThrow(/^is not valid JSON/);
    expect(() => parseHfDailyPapers('{"papers": []}', null)).toThrow("expected a JSON array");
  });
});
