// npm run eval:align [-- --verbose]: share of hand-checked English-Korean sentence pairs that the
// aligner reproduces, on content/eval/alignment-gold.jsonl, beside the trivial baseline that
// pairs sentence i with sentence i.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateAlignment, sameIndexAlignment, type GoldAlignment } from "../lib/text/evaluate-alignment.ts";
import { splitSentences } from "../lib/text/split-sentences.ts";
import { sampleDigestPapers } from "./lib/sample-digests.ts";

const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, gold: { type: "string", default: "content/eval/alignment-gold.jsonl" } } });
const gold: GoldAlignment[] = readFileSync(values.gold, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

// The gold pairs index the sentences stored with them; say so when today's splitter differs.
const papers = new Map(sampleDigestPapers().map((p) => [p.arxivId, p]));
for (const g of gold) {
  const paper = papers.get(g.arxivId);
  if (!paper?.abstractKo) continue;
  const same = JSON.stringify(splitSentences(paper.abstractEn, "en").map((s) => s.text)) === JSON.stringify(g.sentencesEn) && JSON.stringify(splitSentences(paper.abstractKo, "ko").map((s) => s.text)) === JSON.stringify(g.sentencesKo);
  if (!same) console.log(`${g.arxivId}: the sentence splitter now splits this abstract differently from the gold file`);
}

const result = evaluateAlignment(gold);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const beads = gold.flatMap((g) => g.alignment);
const shape = (en: number, ko: number) => beads.filter((b) => b.en.length === en && b.ko.length === ko).length;
console.log(`${gold.length} abstracts, ${result.total} gold pairs (1-1: ${shape(1, 1)}, 2-1: ${shape(2, 1)}, 1-2: ${shape(1, 2)}, other: ${result.total - shape(1, 1) - shape(2, 1) - shape(1, 2)})`);
const baseline = evaluateAlignment(gold, sameIndexAlignment);
console.log(`correct pairs: ${result.correct} of ${result.total} (${pct(result.recall)}); precision of the aligner's pairs: ${pct(result.precision)}`);
console.log(`baseline, sentence i with sentence i: ${baseline.correct} of ${baseline.total} (${pct(baseline.recall)}); precision ${pct(baseline.precision)}`);
if (values.verbose) {
  for (const p of result.papers) if (p.missed.length) console.log(`${p.arxivId}: missed ${JSON.stringify(p.missed)}; produced ${JSON.stringify(p.produced)}`);
}
