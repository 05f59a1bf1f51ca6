// npm run labels:select-extension: more training abstracts for the learned concept tagger, once.
// Every paper of the cs.CL listings and a seeded sample of the Hugging Face daily papers that
// the labelling set (papers.jsonl) does not hold. All of them are training data: the dev and
// test halves of the set stay as they were split. Each paper gets one reader, who labels it
// under LABELLING.md and CONVENTIONS.md. Writes content/eval/concept-labels/extension/papers.jsonl.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { mulberry32, shuffleWith } from "../lib/seeded-random.ts";

const { values } = parseArgs({
  options: {
    shared: { type: "string", default: path.join("..", "shared", "data") },
    count: { type: "string", default: "2000" },
    readers: { type: "string", default: "6" },
  },
});
const DIR = path.join("content", "eval", "concept-labels");
const SEED = 20261205;

const random = mulberry32(SEED);
const shuffle = <T>(items: readonly T[]) => shuffleWith(random, items);
const clean = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const jsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

const taken = new Set(jsonl(path.join(DIR, "papers.jsonl")).map((r) => String(r.arxivId)));
const pool = (file: string, source: string) =>
  jsonl(path.join(values.shared, file))
    .map((r) => ({ arxivId: String(r.arxiv_id).replace(/v\d+$/, ""), source, title: clean(String(r.title)), abstractEn: clean(String(r.abstract)) }))
    .filter((c) => c.abstractEn && !taken.has(c.arxivId) && (taken.add(c.arxivId), true));

const listings = pool("abstracts/arxiv_csCL_2025_dw-dengwei.jsonl", "cs.CL-listings");
const hf = shuffle(pool("abstracts/hf_daily_papers_2025H1_jeongiin.jsonl", "hf-daily-papers"));
const chosen = shuffle([...listings, ...hf.slice(0, Math.max(0, Number(values.count) - listings.length))]);
const readers = Array.from({ length: Number(values.readers) }, (_, i) => `E${i + 1}`);
const rows = chosen.map((paper, i) => ({ ...paper, split: "train", readers: [readers[i % readers.length]] }));
const out = path.join(DIR, "extension", "papers.jsonl");
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
console.log(`${rows.length} papers -> ${out} (cs.CL listings ${listings.length}, Hugging Face ${rows.length - listings.length})`);
