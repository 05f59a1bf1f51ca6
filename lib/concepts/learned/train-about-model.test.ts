import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileTagger } from "../compile-tagger.ts";
import { loadLabelledSet, loadTrainingPapers } from "../labels/labelled-set.ts";
import { loadTaxonomy } from "../load-taxonomy.ts";
import { ABOUT_MODEL_FILE, parseAboutModel } from "./about-model.ts";
import { trainAboutModel } from "./train-about-model.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
const lexical = compileTagger(taxonomy.concepts);

describe("trainAboutModel", () => {
  it("refuses papers of the test split", () => {
    const papers = loadLabelledSet({ splits: ["dev", "test"] });
    expect(() => trainAboutModel(papers, lexical)).toThrow(
      "training must not read the test split",
    );
  });

  it("reproduces the shipped model from train, the extension and dev", { timeout: 300_000 }, () => {
    const { train, dev } = loadTrainingPapers();
    const { model, report } = trainAboutModel([...train, ...dev], lexical);
    const shipped = parseAboutModel(readFileSync(ABOUT_MODEL_FILE, "utf8"), ABOUT_MODEL_FILE);
    expect(model).toEqual(shipped);
    // The labelled set's train split and the extension fit; dev chooses.
    expect(report).toMatchObject({ train: 2915, dev: 305 });
    // Every choice was made on an estimate: each setting tried is reported.
    expect(report.grid.some((g) => g.positiveWeight === model.training.positiveWeight)).toBe(true);
  });
});
