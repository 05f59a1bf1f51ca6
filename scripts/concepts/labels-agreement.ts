// npm run labels:agreement: how far the independent first readers of the concept labelling set
// agree with each other (micro-F1 over every pair of readings of a paper read more than once) and
// with the reviewed labels, and on which concepts they differed.
import { coreClosure } from "../../lib/concepts/core-concepts.ts";
import { loadFirstReadings, loadLabelledSet } from "../../lib/concepts/labels/labelled-set.ts";
import { readerAgreement } from "../../lib/concepts/labels/reader-agreement.ts";
import { loadTaxonomy } from "../../lib/concepts/load-taxonomy.ts";
import { compileTagger } from "../../lib/concepts/compile-tagger.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok)
  throw new Error(taxonomy.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
const { concepts } = compileTagger(taxonomy.concepts);
const close = (slugs: string[]) =>
  coreClosure(slugs, (slug) => concepts.get(slug)?.ancestors ?? []);
const result = readerAgreement(loadLabelledSet(), loadFirstReadings(), close);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const { between } = result;
console.log(
  `${result.papers} papers read by two or more readers, ${result.pairs} pairs of readings`,
);
const oneOnly = between.fp + between.fn;
const counts = `labels both gave ${between.tp}, one only ${oneOnly}`;
console.log(`between readers: micro-F1 ${pct(between.f1)} (${counts})`);
const two = result.betweenTwo;
console.log(`  over the ${two.papers} papers read by exactly two: micro-F1 ${pct(two.f1).trim()}`);
console.log(`\n${"concept".padEnd(24)} ${"both".padStart(5)} ${"one".padStart(5)}`);
for (const d of result.disagreements) {
  console.log(
    `${d.slug.padEnd(24)} ${String(d.agreed).padStart(5)} ${String(d.disagreed).padStart(5)}`,
  );
}
console.log(`\nfirst readings against the reviewed labels`);
console.log(`${"reader".padEnd(8)} ${"papers".padStart(6)} precision recall     F1`);
for (const r of result.readers) {
  const row = `${r.reader.padEnd(8)} ${String(r.papers).padStart(6)}    `;
  console.log(`${row}${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`);
}
