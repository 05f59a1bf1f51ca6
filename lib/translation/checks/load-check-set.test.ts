import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCheckSet, TUNING_FILES } from "./load-check-set.ts";

const dir = mkdtempSync(path.join(tmpdir(), "check-set-"));
const record = (arxivId: string) =>
  JSON.stringify({
    arxivId,
    title: "Taxonomy Expansion",
    abstractEn: "We expand taxonomies. It works.",
    titleKo: "분류 체계 확장",
    abstractKo: "우리는 분류 체계를 확장한다. 잘 작동한다.",
    from: "T1.jsonl",
  });
const heldout = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { digests: path.join("content", "digests"), tuning: TUNING_FILES, heldout: file };
};

describe("the checks' sets", () => {
  it("hold the tuning translations, and never count one of them as held out", () => {
    const tuning = loadCheckSet("tuning");
    expect(tuning.length).toBeGreaterThanOrEqual(150);
    const files = heldout("a.jsonl", `${record("2601.00001")}\n${record(tuning[0]!.id)}\n`);
    expect(loadCheckSet("heldout", files).map((p) => p.id)).toEqual(["2601.00001"]);
  });

  it("name the file and line of a bad record", () => {
    const files = heldout("b.jsonl", `${record("2601.00001")}\n{"arxivId": \n`);
    expect(() => loadCheckSet("heldout", files)).toThrow(`${files.heldout}:2: is not valid JSON`);
    expect(() => loadCheckSet("heldout", { ...files, heldout: path.join(dir, "none") })).toThrow(
      "no such file",
    );
  });
});
