// npm run train:concepts: trains the learned concept tagger on the train split of the labelled
// set and the training extension (extension/, read once, not reviewed), chooses its settings and
// thresholds on the dev split (the test split is not read), and writes content/concept-model.json.
// Stored papers are re-tagged with it on the next `npm start` or `npm run retag`.
// `-- --fraction 0.5 --out other.json` trains on the first half of the training papers only: how
// much more labels would help (the learning curve).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileTagger } from "../../lib/concepts/compile-tagger.ts";
import { loadTrainingPapers } from "../../lib/concepts/labels/labelled-set.ts";
import { ABOUT_MODEL_FILE, type AboutModelFile } from "../../lib/concepts/learned/about-model.ts";
import { bestSetting, trainAboutModel } from "../../lib/concepts/learned/train-about-model.ts";
import { loadTaxonomy } from "../../lib/concepts/load-taxonomy.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: ABOUT_MODEL_FILE },
    fraction: { type: "string", default: "1" },
  },
});
const fraction = Number(values.fraction);
if (!(fraction > 0 && fraction <= 1))
  throw new Error(`--fraction ${values.fraction}: not a number in (0, 1]`);
const taxonomy = loadTaxonomy();
if (!taxonomy.ok)
  throw new Error(taxonomy.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
const started = performance.now();
const { train, dev } = loadTrainingPapers();
const papers = [...train.slice(0, Math.round(train.length * fraction)), ...dev];
const { model, report } = trainAboutModel(papers, compileTagger(taxonomy.concepts));
writeFileSync(values.out, formatModel(model));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const estimate = (e: { precision: number; recall: number; f1: number; fBeta: number }) =>
  `P ${pct(e.precision)} R ${pct(e.recall)} F1 ${pct(e.f1)} F0.5 ${pct(e.fBeta)}`;
console.log(`${report.train} train and ${report.dev} dev papers, ${report.features} features`);
console.log(
  "class weight and threshold rule (dev; thresholds chosen on one half, scored on the other):",
);
for (const { positiveWeight, rule, ...r } of report.grid) {
  const own = Number.isFinite(rule.minOwn)
    ? `own thresholds from ${rule.minOwn} examples`
    : "pooled";
  console.log(`  positives x${positiveWeight}, F${rule.beta} ${own}: ${estimate(r)}`);
}
const chosen = bestSetting(report.grid);
const setting = `positives x${chosen.positiveWeight}, ${model.training.thresholds}`;
console.log(`chosen: ${setting}: ${estimate(chosen)}`);
console.log(`concepts (training examples, dev examples):`);
for (const c of report.concepts) {
  const examples = [c.trainExamples, c.devExamples].map((n) => String(n).padStart(4)).join(" ");
  console.log(`  ${c.slug.padEnd(24)} ${c.method.padEnd(8)} ${examples}  ${c.reason}`);
}
console.log(
  `wrote ${values.out} in ${seconds} s (${setting}; l2 ${model.training.l2})`,
);

/** One concept per line: a new model's diff shows which concepts changed. */
function formatModel(file: AboutModelFile): string {
  const { concepts, ...head } = file;
  const lines = Object.entries(head).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  const list = concepts.map((c) => `    ${JSON.stringify(c)}`).join(",\n");
  return `{\n${lines.join(",\n")},\n  "concepts": [\n${list}\n  ]\n}\n`;
}
