import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";

export interface FixturePaper {
  arxivId?: string;
  title: string;
  titleKo?: string;
  authors: string[];
  categories?: string[];
  abstractEn: string;
  abstractKo?: string;
  translation?: { method: string; by?: string };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "paperbridge-fixture-"));
}

/** Writes a digest file in the content/digests format and returns its path. */
export function writeDigestFile(dir: string, date: string, papers: FixturePaper[], name = `${date}.yaml`): string {
  const file = path.join(dir, name);
  const docs = [stringify({ date }), ...papers.map((paper) => stringify(paper))];
  writeFileSync(file, docs.join("---\n"));
  return file;
}

/** A paper that looks like the real ones, numbered so that many can share a digest. */
export function syntheticPaper(n: number, date: string): FixturePaper {
  const id = `${date.slice(2, 4)}${date.slice(5, 7)}.${String(90000 + n).padStart(5, "0")}`;
  return {
    arxivId: id,
    title: `Low-Rank Adaptation Study ${n} for ${date}`,
    titleKo: `${date} 저랭크 적응 연구 ${n}`,
    authors: [`Author ${n} A`, `Author ${n} B`, "Shared Author"],
    categories: ["cs.CL", "cs.LG"],
    abstractEn: `We study LoRA variant ${n}. It reduces memory by ${n}%.`,
    abstractKo: `우리는 LoRA 변형 ${n}을 연구한다. 메모리를 ${n}% 줄인다.`,
    translation: { method: "manual", by: "Test" },
  };
}
