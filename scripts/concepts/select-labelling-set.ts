// npm run labels:select: chooses the abstracts of the concept labelling set from ../shared/data,
// once. Every unique paper of the two daily crawls (a real day: mostly outside LLM research),
// a seeded sample of the cs.CL listings and of the Hugging Face daily papers, and the 160
// abstracts of the earlier gold set (their text in concept-labels/earlier-160.jsonl),
// relabelled. Each paper gets its split (train / dev / test, by paper) and its readers: every
// paper one, a tenth a second, a common sample all of them.
// Writes content/eval/concept-labels/papers.jsonl; the labels are made by reading, elsewhere.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { mulberry32, shuffleWith } from "../lib/seeded-random.ts";

const { values } = parseArgs({
  options: {
    shared: { type: "string", default: path.join("..", "shared", "data") },
    out: { type: "string", default: path.join("content", "eval", "concept-labels", "papers.jsonl") },
    readers: { type: "string", default: "6" },
  },
});

interface Candidate {
  arxivId: string;
  source: string;
  title: string;
  abstractEn: string;
}

const SEED = 20261204;
const PER_LISTING = 340;
const COMMON = 12;
const SECOND_READING = 0.1;

const random = mulberry32(SEED);
const shuffle = <T>(items: readonly T[]) => shuffleWith(random, items);

const clean = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const bareId = (id: string) => id.replace(/^arxiv:/i, "").replace(/v\d+$/, "");
function jsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}
function candidates(file: string, source: string, id: string, abstract: string): Candidate[] {
  return jsonl(path.join(values.shared, file)).map((r) => ({
    arxivId: bareId(String(r[id])),
    source,
    title: clean(String(r.title)),
    abstractEn: clean(String(r[abstract])),
  }));
}

const chosen = new Map<string, Candidate>();
const add = (c: Candidate) => {
  if (!chosen.has(c.arxivId) && c.abstractEn.length > 0) chosen.set(c.arxivId, c);
};
const earlier = path.join("content", "eval", "concept-labels", "earlier-160.jsonl");
for (const line of readFileSync(earlier, "utf8").split("\n").filter(Boolean)) {
  const r = JSON.parse(line);
  add({ arxivId: r.arxivId, source: "gold-160", title: clean(r.title), abstractEn: clean(r.abstractEn) });
}
for (const file of ["arxiv-2025-08-19.jsonl", "arxiv-2025-08-20.jsonl"]) {
  for (const c of candidates(file, "daily-crawl", "id", "summary")) add(c);
}
for (const [file, source] of [
  ["abstracts/arxiv_csCL_2025_dw-dengwei.jsonl", "cs.CL-listings"],
  ["abstracts/hf_daily_papers_2025H1_jeongiin.jsonl", "hf-daily-papers"],
] as const) {
  const fresh = candidates(file, source, "arxiv_id", "abstract").filter((c) => !chosen.has(c.arxivId));
  for (const c of shuffle(fresh).slice(0, PER_LISTING)) add(c);
}

const readerCount = Number(values.readers);
const readers = Array.from({ length: readerCount }, (_, i) => `R${i + 1}`);
const papers = shuffle([...chosen.values()]);
const splitOf = (i: number) => (i % 5 === 3 ? "dev" : i % 5 === 4 ? "test" : "train");
const secondCount = Math.ceil(papers.length * SECOND_READING);
const rows = papers.map((paper, i) => {
  const first = readers[i % readerCount];
  let assigned = [first];
  if (i < COMMON) assigned = readers;
  else if (i < secondCount) assigned = [first, readers[(i + 1 + (i % (readerCount - 1))) % readerCount]];
  return { ...paper, split: splitOf(i), readers: [...new Set(assigned)] };
});
writeFileSync(values.out, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length;
console.log(`${rows.length} papers -> ${values.out}`);
for (const source of ["gold-160", "daily-crawl", "cs.CL-listings", "hf-daily-papers"]) console.log(`  ${source}: ${count((r) => r.source === source)}`);
for (const split of ["train", "dev", "test"]) console.log(`  ${split}: ${count((r) => r.split === split)}`);
console.log(`  read twice or more: ${count((r) => r.readers.length > 1)}; by all readers: ${count((r) => r.readers.length === readerCount)}`);
for (const reader of readers) console.log(`  ${reader}: ${count((r) => r.readers.includes(reader))} readings`);
