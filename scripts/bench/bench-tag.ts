// npm run bench:tag: how fast the concept tagger compiles and tags real abstracts on one core.
import { compileTagger } from "../../lib/concepts/compile-tagger.ts";
import { loadTaxonomy } from "../../lib/concepts/load-taxonomy.ts";
import { tagPaper } from "../../lib/concepts/tag-paper.ts";
import { countAliases } from "../../lib/concepts/token-trie.ts";
import { realisticRecords } from "./realistic-records.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(taxonomy.issues.map((i) => i.message).join("; "));
const compileStart = performance.now();
const tagger = compileTagger(taxonomy.concepts);
const compileMs = performance.now() - compileStart;

const papers = realisticRecords(20_000).map((r) => ({ title: r.title, abstractEn: r.abstract, titleKo: r.title_ko ?? null, abstractKo: r.abstract_ko ?? null }));
for (const paper of papers.slice(0, 1000)) tagPaper(tagger, paper); // warm-up

console.log(`${taxonomy.concepts.length} concepts, ${countAliases(tagger.folded) + countAliases(tagger.exact) + countAliases(tagger.korean)} aliases, compiled in ${compileMs.toFixed(1)} ms`);
for (const round of process.env.ROUNDS ? [1] : [1, 2, 3]) {
  const start = performance.now();
  let tags = 0;
  for (const paper of papers) tags += tagPaper(tagger, paper).length;
  const seconds = (performance.now() - start) / 1000;
  console.log(`round ${round}: ${papers.length} abstracts (one in four with Korean) in ${seconds.toFixed(2)} s = ${Math.round(papers.length / seconds).toLocaleString("en")} abstracts/s, ${(tags / papers.length).toFixed(1)} tags each`);
}
