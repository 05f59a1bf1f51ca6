import { readFileSync } from "node:fs";
import { compileTagger } from "./lib/concepts/compile-tagger.ts";
import { loadTaxonomy } from "./lib/concepts/load-taxonomy.ts";
import { tagPaper } from "./lib/concepts/tag-paper.ts";
const tax = loadTaxonomy(); if (!tax.ok) throw 0;
const tagger = compileTagger(tax.concepts);
const gold = readFileSync("content/eval/concepts-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const [ , , ...pairs] = process.argv;
for (const pair of pairs) {
  const [id, slug] = pair.split(":");
  const g = gold.find((x: any) => x.arxivId === id);
  const tags = tagPaper(tagger, { title: g.title, abstractEn: g.abstractEn ?? g.abstract, titleKo: g.titleKo ?? null, abstractKo: g.abstractKo ?? null });
  const t = tags.find((x) => x.slug === slug);
  console.log(id, slug, t ? `score ${t.score} ${t.method}` : "not tagged", JSON.stringify(t?.evidence.map((e) => [e.field, e.text])));
  if (!t) { const text = (g.abstractEn ?? g.abstract) as string; console.log("  title:", g.title); console.log("  ", text.slice(0, 900)); }
}
