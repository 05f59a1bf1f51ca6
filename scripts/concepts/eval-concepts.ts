// npm run eval:concepts [-- --split dev|test --verbose]: precision, recall and F1 of the concept
// tagger on the 37 core concepts of the labelled set (content/eval/concept-labels), on the dev
// split (where its settings were chosen) and the test split (never used for any choice), beside
// the lexical-only tagger and two trivial taggers: one that tags nothing and one that tags every
// core concept. --verbose lists each paper's errors.
import { parseArgs } from "node:util";
import { compileTagger } from "../../lib/concepts/compile-tagger.ts";
import {
  evaluatePredictor,
  taggerPredictor,
  tagsEveryConcept,
  tagsNothing,
  type Evaluation,
} from "../../lib/concepts/evaluate-tagger.ts";
import { loadLabelledSet, type Split } from "../../lib/concepts/labels/labelled-set.ts";
import { loadAboutModel } from "../../lib/concepts/learned/about-model.ts";
import { loadTaxonomy } from "../../lib/concepts/load-taxonomy.ts";

const { values } = parseArgs({
  options: { split: { type: "string" }, verbose: { type: "boolean", default: false } },
});
const splits: Split[] = values.split ? [values.split as Split] : ["dev", "test"];
if (!splits.every((s) => s === "dev" || s === "test"))
  throw new Error(`--split ${values.split}: not dev or test`);
const taxonomy = loadTaxonomy();
if (!taxonomy.ok)
  throw new Error(taxonomy.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
const model = loadAboutModel();
const full = compileTagger(taxonomy.concepts, model);
const lexical = compileTagger(taxonomy.concepts);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const cell = (x: number | string) => String(x).padStart(6);
const prf = (s: { precision: number; recall: number; f1: number }) =>
  `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const AIM = { f1: 0.85, precision: 0.9, conceptF1: 0.6, conceptExamples: 10 };

for (const split of splits) {
  const papers = loadLabelledSet({ splits: [split] });
  const runs: [string, Evaluation][] = [
    ["tagger (learned + lexical)", evaluatePredictor(taggerPredictor(full), papers)],
    ["lexical only", evaluatePredictor(taggerPredictor(lexical), papers)],
    ["tags nothing", evaluatePredictor(tagsNothing, papers)],
    ["tags every core concept", evaluatePredictor(tagsEveryConcept, papers)],
  ];
  const [[, result], [, baseline]] = runs as [[string, Evaluation], [string, Evaluation]];
  const role =
    split === "test" ? "reported only, never used for a choice" : "where every setting was chosen";
  console.log(
    `\n== ${split}: ${papers.length} papers, ${result.micro.tp + result.micro.fn} labels (${role})`,
  );
  console.log(`${"".padEnd(28)}   micro P      R     F1 |  macro P      R     F1`);
  for (const [name, e] of runs)
    console.log(`${name.padEnd(28)} ${prf(e.micro)} | ${prf(e.macro)}`);
  console.log(
    `(macro over the ${result.macro.concepts} core concepts labelled or predicted here)`,
  );

  console.log(`\nby method: tags made, correct, precision`);
  for (const m of result.perMethod)
    console.log(`  ${m.method.padEnd(10)} ${cell(m.tp + m.fp)} ${cell(m.tp)} ${pct(m.precision)}`);

  const columns = ["labels", "tp", "fp", "fn", "P", "R", "F1"].map(cell).join(" ");
  console.log(`\n${"concept".padEnd(24)} method  ${columns} | lexical F1`);
  for (const c of result.perConcept) {
    const method = model.methods.get(c.slug) ?? "lexical";
    const lexicalF1 = baseline.perConcept.find((b) => b.slug === c.slug)!.f1;
    const counts = [c.tp + c.fn, c.tp, c.fp, c.fn].map(cell).join(" ");
    console.log(
      `${c.slug.padEnd(24)} ${method.padEnd(7)} ${counts} ${prf(c)} |     ${pct(lexicalF1)}`,
    );
  }
  const weak = result.perConcept.filter(
    (c) => c.tp + c.fn >= AIM.conceptExamples && c.f1 < AIM.conceptF1,
  );
  const short = (x: number) => pct(x).trim();
  const below = weak.map((c) => `${c.slug} ${short(c.f1)}`).join(", ") || "none";
  const { micro } = result;
  const [f1, precision] = [short(micro.f1), short(micro.precision)];
  const reached = `micro-F1 >= 85% (${f1}), precision >= 90% (${precision})`;
  console.log(`\naim: ${reached},`);
  console.log(`  no concept with 10+ labels below 60% F1 (${below})`);
  if (values.verbose) {
    for (const e of result.errors)
      console.log(
        `${e.arxivId}: missed ${e.missed.join(", ") || "-"}; extra ${e.extra.join(", ") || "-"}`,
      );
  }
}
