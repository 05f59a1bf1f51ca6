import { readFileSync } from "node:fs";
import { sampleDigestPapers } from "./scripts/lib/sample-digests.ts";
import { splitSentences } from "./lib/text/split-sentences.ts";
const gold = readFileSync("content/eval/alignment-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const papers = new Map(sampleDigestPapers().map((p) => [p.arxivId, p]));
for (const id of process.argv.slice(2)) {
  const g = gold.find((x) => x.arxivId === id); const p = papers.get(id)!;
  const en = splitSentences(p.abstractEn, "en").map((s) => s.text); const ko = splitSentences(p.abstractKo!, "ko").map((s) => s.text);
  console.log("=====", id, "EN same:", JSON.stringify(en) === JSON.stringify(g.sentencesEn), "old alignment", JSON.stringify(g.alignment));
  en.forEach((s, i) => console.log(" EN", i, s.slice(0, 110)));
  ko.forEach((s, i) => console.log(" KO", i, s.slice(0, 90)));
}
