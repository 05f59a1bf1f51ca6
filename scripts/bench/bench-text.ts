// npm run bench:text: the text work ingest does for each paper, on one core, over 20,000
// realistic records (one in four with Korean): splitting the English and the Korean abstract
// into sentences, aligning the two, and cutting the four indexed fields into search tokens.
// Microseconds per item, three rounds after a warm-up, and what that makes at 100,000 records.
import os from "node:os";
import { searchTokens } from "../../lib/search/search-tokens.ts";
import { alignSentences } from "../../lib/text/align-sentences.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import { realisticRecords } from "./realistic-records.ts";

const RECORDS = 20_000;
const records = realisticRecords(RECORDS);
const korean = records.filter((r) => r.abstract_ko);
const sentences = (text: string, lang: "en" | "ko") => splitSentences(text, lang).map((s) => s.text);
const pairs = korean.map((r) => [sentences(r.abstract, "en"), sentences(r.abstract_ko!, "ko")] as const);

/** Microseconds per item in each of three rounds, after a warm-up on the first 500 items. */
function rounds<T>(items: T[], work: (item: T) => unknown): number[] {
  for (const item of items.slice(0, 500)) work(item);
  return [1, 2, 3].map(() => {
    const start = performance.now();
    for (const item of items) work(item);
    return ((performance.now() - start) * 1000) / items.length;
  });
}

const steps: [string, number, number[]][] = [
  ["split an English abstract", records.length, rounds(records, (r) => splitSentences(r.abstract, "en"))],
  ["split a Korean abstract", korean.length, rounds(korean, (r) => splitSentences(r.abstract_ko!, "ko"))],
  ["align a split pair", pairs.length, rounds(pairs, ([en, ko]) => alignSentences(en, ko))],
  ["search tokens of a paper's four fields", records.length, rounds(records, (r) => [r.title, r.title_ko ?? "", r.abstract, r.abstract_ko ?? ""].map(searchTokens))],
];

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}; ${RECORDS.toLocaleString("en")} records, ${korean.length.toLocaleString("en")} with Korean`);
for (const [label, count, micros] of steps) {
  const median = [...micros].sort((a, b) => a - b)[1]!;
  const at100k = (median * count * (100_000 / RECORDS)) / 1e6;
  console.log(`${label.padEnd(40)} ${micros.map((m) => m.toFixed(1)).join(" / ")} µs (${count.toLocaleString("en")} items); at 100k records ${at100k.toFixed(1)} s`);
}
