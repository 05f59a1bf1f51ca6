// npm run bench:tag: how fast the concept tagger compiles and tags real abstracts on one core:
// the lexical layer's mentions and the learned layer's decisions, as stored at ingest.
import { compileTagger } from "../../lib/concepts/compile-tagger.ts";
import { loadAboutModel } from "../../lib/concepts/learned/about-model.ts";
import { loadTaxonomy } from "../../lib/concepts/load-taxonomy.ts";
import { tagPaper } from "../../lib/concepts/tag-paper.ts";
import { countAliases } from "../../lib/concepts/token-trie.ts";
import { realisticRecords } from "./realistic-records.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(taxonomy.issues.map((i) => i.message).join("; "));
const compileStart = performance.now();
const tagger = compileTagger(taxonomy.concepts, loadAboutModel());
const compileMs = performance.now() - compileStart;

const papers = realisticRecords(20_000).map((r) => ({ title: r.title, abstractEn: r.abstract, titleKo: r.title_ko ?? null, abstractKo: r.abstract_ko ?? null }));
for (const paper of papers.slice(0, 1000)) tagPaper(tagger, paper); // warm-up

console.log(`${taxonomy.concepts.length} concepts, ${countAliases(tagger.folded) + countAliases(tagger.exact) + countAliases(tagger.korean)} aliases, compiled in ${compileMs.toFixed(1)} ms`);
// On a shared machine the wall clock also counts time the process waited for a core; the CPU
// time it used is the per-core figure.
for (const round of process.env.ROUNDS ? [1] : [1, 2, 3]) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let tags = 0;
  for (const paper of papers) tags += tagPaper(tagger, paper).length;
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rate = (s: number) => Math.round(papers.length / s).toLocaleString("en");
  const read = `${papers.length} abstracts (one in four with Korean) in ${seconds.toFixed(2)} s`;
  const each = `${(tags / papers.length).toFixed(1)} tags and mentions each`;
  const rates = `${rate(seconds)} abstracts/s (${rate(cpuSeconds)} per CPU-second)`;
  console.log(`round ${round}: ${read} = ${rates}, ${each}`);
}
