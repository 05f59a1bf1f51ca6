// Realistic paper records for benchmarks, built from the real public samples in ../shared/data
// (arXiv metadata) and the Korean translations in content/digests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sampleDigestPapers } from "../lib/sample-digests.ts";

export interface BenchRecord {
  arxiv_id: string;
  title: string;
  authors: string[];
  categories: string[];
  abstract: string;
  date: string;
  title_ko?: string;
  abstract_ko?: string;
}

const SHARED = path.join("..", "shared", "data");
const SOURCES = [
  ["abstracts/arxiv_csCL_2025_dw-dengwei.jsonl", "abstract"],
  ["abstracts/hf_daily_papers_2025H1_jeongiin.jsonl", "abstract"],
  ["arxiv-2025-08-19.jsonl", "summary"],
  ["arxiv-2025-08-20.jsonl", "summary"],
] as const;

function realPapers(): { title: string; authors: string[]; categories: string[]; abstract: string }[] {
  if (!existsSync(SHARED)) throw new Error(`benchmarks build records from ${SHARED}, which is missing`);
  const seen = new Set<string>();
  const papers = [];
  for (const [file, abstractField] of SOURCES) {
    for (const line of readFileSync(path.join(SHARED, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      if (seen.has(row.title)) continue;
      seen.add(row.title);
      papers.push({ title: row.title, authors: row.authors, categories: row.categories ?? ["cs.CL"], abstract: row[abstractField] });
    }
  }
  return papers;
}

function koreanTexts(): { titleKo: string; abstractKo: string }[] {
  return sampleDigestPapers().map((p) => ({ titleKo: p.titleKo!, abstractKo: p.abstractKo! }));
}

/**
 * `count` records cycling through the real papers: unique ids and titles, one in `koreanEvery`
 * (four by default) with Korean, spread over 100 days.
 */
export function realisticRecords(count: number, options: { koreanEvery?: number } = {}) {
  const koreanEvery = options.koreanEvery ?? 4;
  const papers = realPapers();
  const korean = koreanTexts();
  return Array.from({ length: count }, (_, i) => {
    const paper = papers[i % papers.length]!;
    const round = Math.floor(i / papers.length);
    const month = 2601 + Math.floor(i / 90_000);
    const record: BenchRecord = {
      arxiv_id: `${month}.${String(10_000 + (i % 90_000)).padStart(5, "0")}`,
      title: round === 0 ? paper.title : `${paper.title} (${round + 1})`,
      authors: paper.authors,
      categories: paper.categories.filter((c) => /^[a-z][a-z-]*(\.[A-Za-z-]+)?$/.test(c)),
      abstract: paper.abstract,
      date: new Date(Date.UTC(2026, 0, 1 + (i % 100))).toISOString().slice(0, 10),
    };
    if (i % koreanEvery === 0) {
      const ko = korean[(i / koreanEvery) % korean.length]!;
      record.title_ko = ko.titleKo;
      record.abstract_ko = ko.abstractKo;
    }
    return record;
  });
}
