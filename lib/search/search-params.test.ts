import { describe, expect, it } from "vitest";
import { MAX_CATEGORY_FILTERS, MAX_CONCEPT_FILTERS, searchRequestFrom } from "./search-params.ts";

const from = (query: string) => searchRequestFrom(new URLSearchParams(query));

describe("searchRequestFrom", () => {
  it("reads a search with its filters, repeated values once", () => {
    expect(
      from("q=LoRA+양자화&concept=lora&concept=lora&cat=cs.CL&from=2025-06&sort=date&page=2"),
    ).toEqual({
      ok: true,
      request: {
        q: "LoRA 양자화",
        concepts: ["lora"],
        categories: ["cs.CL"],
        from: "2025-06",
        to: null,
        sort: "date",
        page: 2,
        mode: "lexical",
      },
    });
  });

  it("bounds repeated filters, so that no request makes a page link every one of thousands", () => {
    expect(
      from(
        `q=a&${Array.from({ length: MAX_CATEGORY_FILTERS + 1 }, (_, i) => `cat=c.${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]}`).join("&")}`,
      ),
    ).toMatchObject({
      ok: false,
      code: "invalid_filter",
      message: `cat may be given at most ${MAX_CATEGORY_FILTERS} times`,
      problem: { key: "tooManyFilters", values: { name: "cat", limit: MAX_CATEGORY_FILTERS } },
    });
    expect(
      from(
        `q=a&${Array.from({ length: MAX_CATEGORY_FILTERS }, (_, i) => `cat=c.${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]}`).join("&")}`,
      ).ok,
    ).toBe(true);
    const concepts = Array.from(
      { length: MAX_CONCEPT_FILTERS + 1 },
      (_, i) => `concept=c${i}`,
    ).join("&");
    expect(from(`q=a&${concepts}`)).toMatchObject({ ok: false, code: "invalid_filter" });
  });

  it("refuses NUL and other control characters and malformed values before any database sees them", () => {
    expect(from("q=lo%00ra")).toMatchObject({
      ok: false,
      code: "invalid_query",
      problem: { key: "badCharacters" },
    });
    expect(from("q=a&cat=cs.CL%00")).toMatchObject({ ok: false, code: "invalid_filter" });
    expect(from("q=a&concept=LoRA'--")).toMatchObject({ ok: false, code: "invalid_filter" });
    expect(from("q=a&from=yesterday")).toMatchObject({
      ok: false,
      code: "invalid_filter",
      message: expect.stringMatching(/^from is not a year/),
      problem: { key: "badFilter", values: { name: "from" } },
    });
    expect(from(`q=${"a".repeat(1001)}`)).toMatchObject({
      ok: false,
      code: "invalid_query",
      problem: { key: "tooLong", values: { length: 1001, limit: 1000 } },
    });
  });
});
