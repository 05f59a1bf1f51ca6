// npm run eval:align [-- --verbose]: share of hand-checked English-Korean sentence pairs that the
// aligner reproduces, and of abstracts the splitter cuts as the gold does, on
// content/eval/alignment-gold.jsonl, overall and per shape of hard case, beside the trivial
// baseline that pairs sentence i with sentence i.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateAlignment, sameIndexAlignment, scoresByShape, type GoldAlignment } from "../lib/text/evaluate-alignment.ts";
import { splitSentences } from "../lib/text/split-sentences.ts";
import { sampleDigestPapers } from "./lib/sample-digests.ts";

const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, gold: { type: "string", default: "content/eval/alignment-gold.jsonl" } } });
const gold: GoldAlignment[] = readFileSync(values.gold, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

// The gold pairs of the sample papers index their sentences as stored; say so when today's splitter differs.
const papers = new Map(sampleDigestPapers().map((p) => [p.arxivId, p]));
for (const g of gold) {
  const paper = papers.get(g.arxivId);
  if (!paper?.abstractKo) continue;
  const same = JSON.stringify(splitSentences(paper.abstractEn, "en").map((s) => s.text)) === JSON.stringify(g.sentencesEn) && JSON.stringify(splitSentences(paper.abstractKo, "ko").map((s) => s.text)) === JSON.stringify(g.sentencesKo);
  if (!same) console.log(`${g.arxivId}: the sentence splitter now splits this abstract differently from the gold file`);
}

const result = evaluateAlignment(gold);
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const beads = gold.flatMap((g) => g.alignment.map((pair) => ({ pair, paper: result.papers.find((p) => p.arxivId === g.arxivId)! })));
const beadShape = (en: number, ko: number) => (en <= 2 && ko <= 2 && en + ko <= 3 ? `${en}-${ko}` : "other");
const beadShapes = ["1-1", "1-2", "2-1", "1-0", "0-1", "other"].map((shape) => {
  const mine = beads.filter((b) => beadShape(b.pair.en.length, b.pair.ko.length) === shape);
  const missed = mine.filter((b) => b.paper.missed.includes(b.pair)).length;
  return `${shape}: ${mine.length - missed}/${mine.length}`;
});
console.log(`${gold.length} abstracts, ${result.total} gold pairs; correct per kind of pair (English-Korean sentences): ${beadShapes.join(", ")}`);
console.log(`correct pairs: ${result.correct} of ${result.total} (${pct(result.correct, result.total)}); precision of the aligner's pairs: ${pct(result.correct, result.correct / result.precision)}`);
const baseline = evaluateAlignment(gold, sameIndexAlignment);
console.log(`baseline, sentence i with sentence i: ${baseline.correct} of ${baseline.total} (${pct(baseline.correct, baseline.total)}); precision ${pct(baseline.correct, baseline.correct / baseline.precision)}`);
console.log("\nshape      abstracts  split as gold (en / ko)  pairs correct");
for (const s of scoresByShape(result)) {
  console.log(`${s.shape.padEnd(10)} ${String(s.abstracts).padStart(9)}  ${`${s.splitEn} / ${s.splitKo}`.padStart(23)}  ${`${s.correct}/${s.pairs}`.padStart(9)} (${pct(s.correct, s.pairs)})`);
}
if (values.verbose) {
  for (const p of result.papers) {
    if (!p.split.en || !p.split.ko) console.log(`${p.arxivId}: the splitter cuts ${[!p.split.en && "the English", !p.split.ko && "the Korean"].filter(Boolean).join(" and ")} differently`);
    if (p.missed.length) console.log(`${p.arxivId}: missed ${JSON.stringify(p.missed)}; produced ${JSON.stringify(p.produced)}`);
  }
}
