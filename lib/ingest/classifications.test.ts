import { describe, expect, it } from "vitest";
import { classify } from "./classifications.ts";
import { PaperRecordSchema } from "./paper-record.ts";

describe("classify", () => {
  it("tells arXiv categories from the ACM and MSC classes that crawls mix in", () => {
    for (const category of ["cs.CL", "stat.ML", "hep-th", "cond-mat.str-el", "q-bio.NC"])
      expect(classify(category)).toBe("category");
    for (const cls of [
      "I.2.7; I.2.6",
      "68T50",
      "68Txx",
      "G.m",
      "F.2.2, H.3.3, I.2.7",
      "es: 62M10 (primary), 62P20",
      "68-02",
    ])
      expect(classify(cls)).toBe("class");
    for (const junk of ["CS CL", "machine learning", "Z.1", "1234"])
      expect(classify(junk)).toBe("unknown");
  });
});

describe("a record's categories", () => {
  const base = { title: "T", abstractEn: "A.", authors: ["A"] };

  it("keeps the arXiv categories in order and the classes apart, as written", () => {
    const record = PaperRecordSchema.parse({
      ...base,
      categories: ["cs.CL", "68T50, 68T07", "cs.AI", "I.2.7;  I.2.6"],
    });
    expect(record.categories).toEqual(["cs.CL", "cs.AI"]);
    expect(record.classes).toEqual(["68T50, 68T07", "I.2.7; I.2.6"]);
  });

  it("names the entry that is neither", () => {
    const parsed = PaperRecordSchema.safeParse({ ...base, categories: ["cs.CL", "deep learning"] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "categories.1",
        "is not an arXiv category such as cs.CL, nor an ACM or MSC class such as I.2.7 or 68T50",
      ],
    ]);
  });

  it("refuses a code link that is not a web address", () => {
    const parsed = PaperRecordSchema.safeParse({ ...base, codeUrl: "javascript:alert(1)" });
    expect(parsed.error?.issues[0]?.path).toEqual(["codeUrl"]);
    expect(
      PaperRecordSchema.parse({ ...base, codeUrl: "https://github.com/a/b", hfUpvotes: "12" }),
    ).toMatchObject({ codeUrl: "https://github.com/a/b", hfUpvotes: 12 });
  });
});
