// npm run eval:concepts [-- --verbose --split dev|test]: precision, recall and F1 of the concept
// tagger against the hand-labelled abstracts in content/eval/concepts-gold.jsonl, beside two
// trivial taggers: one that tags nothing and one that tags every concept. The split halves the
// set (dev: lines 1, 3, 5, ...; test: lines 2, 4, 6, ...): tune on dev, report test.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileTagger } from "../lib/concepts/compile-tagger.ts";
import { evaluateTagger, type GoldPaper } from "../lib/concepts/evaluate-tagger.ts";
import { loadTaxonomy } from "../lib/concepts/load-taxonomy.ts";

const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, gold: { type: "string", default: "content/eval/concepts-gold.jsonl" }, split: { type: "string", default: "all" } } });
if (!["all", "dev", "test"].includes(values.split)) throw new Error(`--split ${values.split}: not one of all, dev, test`);
const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(taxonomy.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
const gold: GoldPaper[] = readFileSync(values.gold, "utf8")
  .split("\n")
  .filter(Boolean)
  .filter((_, i) => values.split === "all" || (values.split === "dev") === (i % 2 === 0))
  .map((line) => JSON.parse(line));
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

// The trivial taggers' micro figures follow from the counts: the same labels, closed under
// parents, over the concepts that are scored (every one but the family roots).
const labels = micro.tp + micro.fn;
const everyTag = gold.length * taxonomy.concepts.filter((c) => c.parent).length;
const everyPrecision = labels / everyTag;
console.log(`\nbaselines, micro on the same labels (${labels}):`);
console.log(`  tags nothing:        precision    n/a, recall ${pct(0)}, F1 ${pct(0)} (tp 0, fp 0, fn ${labels})`);
console.log(`  tags every concept:  precision ${pct(everyPrecision)}, recall ${pct(1)}, F1 ${pct((2 * everyPrecision) / (1 + everyPrecision))} (tp ${labels}, fp ${everyTag - labels}, fn 0)`);
if (values.verbose) {
  for (const paper of result.papers) {
    if (paper.missed.length || paper.extra.length) console.log(`${paper.arxivId}: missed ${paper.missed.join(", ") || "-"}; extra ${paper.extra.join(", ") || "-"}`);
  }
}
