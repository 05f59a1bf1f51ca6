// npm run eval:concepts [-- --verbose --split dev|test]: precision, recall and F1 of the concept
// tagger against the labelled abstracts in content/eval/concept-labels (format: content/README.md).
import { parseArgs } from "node:util";
import { compileTagger } from "../lib/concepts/compile-tagger.ts";
import { evaluateTagger, type GoldPaper } from "../lib/concepts/evaluate-tagger.ts";
import { loadLabelledSet } from "../lib/concepts/labels/labelled-set.ts";
import { loadTaxonomy } from "../lib/concepts/load-taxonomy.ts";

const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, split: { type: "string", default: "all" } } });
if (!["all", "dev", "test"].includes(values.split)) throw new Error(`--split ${values.split}: not one of all, dev, test`);
const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(taxonomy.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
const gold: GoldPaper[] = loadLabelledSet().filter((p) => values.split === "all" || p.split === values.split);
const result = evaluateTagger(compileTagger(taxonomy.concepts), gold);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
console.log(`${gold.length} labelled abstracts (${values.split}), ${taxonomy.concepts.length} concepts (family roots not scored)\n`);
console.log(`${"concept".padEnd(28)} ${"gold".padStart(4)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)}  precision  recall      F1`);
for (const c of result.perConcept) {
  console.log(`${c.slug.padEnd(28)} ${String(c.tp + c.fn).padStart(4)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}     ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`);
}
const { micro, macro } = result;
console.log(`\nmicro: precision ${pct(micro.precision)}, recall ${pct(micro.recall)}, F1 ${pct(micro.f1)} (tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn})`);
console.log(`macro: precision ${pct(macro.precision)}, recall ${pct(macro.recall)}, F1 ${pct(macro.f1)} (over ${result.perConcept.length} concepts)`);
if (values.verbose) {
  for (const paper of result.papers) {
    if (paper.missed.length || paper.extra.length) console.log(`${paper.arxivId}: missed ${paper.missed.join(", ") || "-"}; extra ${paper.extra.join(", ") || "-"}`);
  }
}
