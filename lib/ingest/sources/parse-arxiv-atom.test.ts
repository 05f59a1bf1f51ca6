import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "./parse-arxiv-atom.ts";

const fixture = (name: string) => readFileSync(`tests/fixtures/sources/${name}`, "utf8");

describe("parseArxivAtom", () => {
  it("reads a real 10-result search: ids with versions, authors in order, primary category first", () => {
    const feed = parseArxivAtom(fixture("arxiv-api-query-10.xml"));
    expect(feed.totalResults).toBe(214881);
    expect(feed.items).toHaveLength(10);
    expect(feed.items[0]).toMatchObject({
      label: "entry 1 (2202.12139v1)",
      date: "2022-02-24",
      fields: {
        arxivId: "2202.12139v1",
        title: "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques",
        authors: ["Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"],
        categories: ["cs.SE", "cs.LG"],
        comment: "Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022",
      },
    });
  });

  it("keeps a title that looks like a number as text", () => {
    expect(parseArxivAtom(fixture("arxiv-api-2104.12255v1.xml")).items[0]?.fields.title).toBe("0");
  });

  it("reads the 2016 layout with wrapped titles and namespaced counts", () => {
    const feed = parseArxivAtom(fixture("arxiv-api-legacy-1111.2011v2.xml"));
    expect(feed.totalResults).toBe(1);
    expect(feed.items[0]?.fields.arxivId).toBe("1111.2011v2");
    expect(feed.items[0]?.fields.categories).toEqual(["cond-mat.str-el", "cond-mat.stat-mech"]);
  });

  it("reads an empty result and rejects an API error feed with its message", () => {
    expect(parseArxivAtom(fixture("arxiv-api-empty.xml"))).toEqual({ items: [], totalResults: 0, startIndex: 0 });
    expect(() => parseArxivAtom(fixture("arxiv-api-error-400.xml"))).toThrow("is an arXiv API error: incorrect id format for abc");
  });

  it("reads the Atom form of the listing feed: oai ids, dc:creator authors, the announced abstract", () => {
    const feed = parseArxivAtom(fixture("arxiv-atom-listing-cs.SD+eess.AS-2025-08-07.xml"));
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({ date: "2025-08-07", fields: { arxivId: "2508.03764v1", authors: ["Justin Luong", "Hao Xue", "Flora D. Salim"] } });
    expect(String(feed.items[0]?.fields.abstractEn)).toMatch(/^Physicians routinely assess/);
  });

  it("rejects truncated XML with the line of the break", () => {
    const truncated = fixture("arxiv-api-query-10.xml").slice(0, 5000);
    expect(() => parseArxivAtom(truncated)).toThrow(/^is not well-formed XML \(line \d+/);
  });
});
