import { readFileSync } from "node:fs";
import { splitSentences } from "./lib/text/split-sentences.ts";
import { alignSentences } from "./lib/text/align-sentences.ts";
for (const l of readFileSync("/tmp/i19/new.jsonl", "utf8").split("\n").filter(Boolean)) {
  const g = JSON.parse(l);
  const en = splitSentences(g.sentencesEn.join(" "), "en").map((s) => s.text);
  const ko = splitSentences(g.sentencesKo.join(" "), "ko").map((s) => s.text);
  const okEn = JSON.stringify(en) === JSON.stringify(g.sentencesEn), okKo = JSON.stringify(ko) === JSON.stringify(g.sentencesKo);
  const al = JSON.stringify(alignSentences(g.sentencesEn, g.sentencesKo)) === JSON.stringify(g.alignment);
  console.log(g.arxivId, "splitEn", okEn, "splitKo", okKo, "align", al);
  if (!okEn) console.log(en);
  if (!okKo) console.log(ko);
  if (!al) console.log(JSON.stringify(alignSentences(g.sentencesEn, g.sentencesKo)), JSON.stringify(g.alignment));
}
