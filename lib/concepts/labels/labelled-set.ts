import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fieldPath, formatIssue, type IngestIssue } from "../../ingest/ingest-issue.ts";
import { CORE_CONCEPTS } from "../core-concepts.ts";

/** Where the labelled set lives; its format is in content/README.md. */
export const LABELS_DIR = path.join("content", "eval", "concept-labels");
/** More training papers, each read once and not reviewed (`npm run labels:select-extension`). */
export const EXTENSION_DIR = path.join(LABELS_DIR, "extension");

export const SPLITS = ["train", "dev", "test"] as const;
export type Split = (typeof SPLITS)[number];

const slug = z.enum(CORE_CONCEPTS);
const arxivId = z.string().min(1);

const PaperRow = z.object({
  arxivId,
  source: z.string(),
  title: z.string().min(1),
  abstractEn: z.string().min(1),
  split: z.enum(SPLITS),
  readers: z.array(z.string().regex(/^R\d+$/)).min(1),
});
const ExtensionRow = PaperRow.extend({
  split: z.literal("train"),
  readers: z.tuple([z.string().regex(/^E\d+$/)]),
});
const GoldRow = z.object({
  arxivId,
  split: z.enum(SPLITS),
  concepts: z.array(slug),
  note: z.string().optional(),
});
const ReadingRow = z.object({ arxivId, concepts: z.array(slug), note: z.string().optional() });

export interface LabelledPaper extends z.output<typeof PaperRow> {
  /** The labels: core slugs, core parents listed (reviewed, except in the extension). */
  concepts: string[];
  note?: string;
}

/** A reader's first, independent reading: arXiv id -> labels. */
export type Readings = Map<string, string[]>;

export class LabelsError extends Error {
  constructor(readonly issues: IngestIssue[]) {
    super(issues.map(formatIssue).join("\n"));
  }
}

/** The rows of a JSON-lines file, each with its line number; every bad row is an issue. */
function readRows<T>(file: string, schema: z.ZodType<T>): { row: T; line: number }[] {
  const issues: IngestIssue[] = [];
  const rows: { row: T; line: number }[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (!text.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        issues.push({ file, line: i + 1, message: `is not JSON: ${(error as Error).message}` });
        return;
      }
      const parsed = schema.safeParse(value);
      const id = (value as { arxivId?: unknown })?.arxivId;
      const record = typeof id === "string" ? id : undefined;
      if (parsed.success) rows.push({ row: parsed.data, line: i + 1 });
      else
        for (const issue of parsed.error.issues)
          issues.push({
            file,
            line: i + 1,
            record,
            field: fieldPath(issue.path),
            message: issue.message,
          });
    });
  if (issues.length) throw new LabelsError(issues);
  return rows;
}

/**
 * The papers with their reviewed labels (gold.jsonl joined to papers.jsonl), optionally only some
 * splits. Every paper must have exactly one gold row with the same split.
 */
export function loadLabelledSet(
  options: { dir?: string; splits?: readonly Split[] } = {},
): LabelledPaper[] {
  const dir = options.dir ?? LABELS_DIR;
  const papersFile = path.join(dir, "papers.jsonl");
  const goldFile = path.join(dir, "gold.jsonl");
  const gold = new Map<string, z.output<typeof GoldRow>>();
  const issues: IngestIssue[] = [];
  for (const { row } of readRows(goldFile, GoldRow)) {
    if (gold.has(row.arxivId))
      issues.push({ file: goldFile, record: row.arxivId, message: "is labelled twice" });
    gold.set(row.arxivId, row);
  }
  const papers = readRows(papersFile, PaperRow).map(({ row: paper }) => {
    const labels = gold.get(paper.arxivId);
    if (!labels)
      issues.push({
        file: goldFile,
        record: paper.arxivId,
        message: `has no labels for this paper of ${papersFile}`,
      });
    else if (labels.split !== paper.split)
      issues.push({
        file: goldFile,
        record: paper.arxivId,
        field: "split",
        message: `is ${labels.split}, ${papersFile} says ${paper.split}`,
      });
    gold.delete(paper.arxivId);
    return { ...paper, concepts: labels?.concepts ?? [], note: labels?.note };
  });
  for (const id of gold.keys())
    issues.push({ file: goldFile, record: id, message: `is not a paper of ${papersFile}` });
  if (issues.length) throw new LabelsError(issues);
  return options.splits ? papers.filter((p) => options.splits!.includes(p.split)) : papers;
}

/**
 * The training extension: papers (extension/papers.jsonl, all of the train split) with the labels
 * of their single reader (extension/raw/E*.jsonl). Every paper has exactly one reading, by the
 * reader it names, and none is a paper of the labelled set.
 */
export function loadTrainingExtension(
  dir = EXTENSION_DIR,
  labelled: readonly LabelledPaper[] = loadLabelledSet(),
): LabelledPaper[] {
  const papersFile = path.join(dir, "papers.jsonl");
  const readings = loadFirstReadings(dir, "E");
  const issues: IngestIssue[] = [];
  const labelledIds = new Set(labelled.map((p) => p.arxivId));
  const seen = new Set<string>();
  const papers = readRows(papersFile, ExtensionRow).map(({ row: paper, line }) => {
    const reader = paper.readers[0];
    const labels = readings.get(reader)?.get(paper.arxivId);
    const at = { file: papersFile, line, record: paper.arxivId };
    if (!labels) {
      const file = path.join(dir, "raw", `${reader}.jsonl`);
      issues.push({ ...at, field: "readers[0]", message: `${file} has no reading of it` });
    }
    if (labelledIds.has(paper.arxivId))
      issues.push({ ...at, message: "is a paper of the labelled set (train, dev or test)" });
    if (seen.has(paper.arxivId)) issues.push({ ...at, message: "is listed twice" });
    seen.add(paper.arxivId);
    readings.get(reader)?.delete(paper.arxivId);
    return { ...paper, concepts: labels ?? [] };
  });
  for (const [reader, left] of readings)
    for (const id of left.keys())
      issues.push({
        file: path.join(dir, "raw", `${reader}.jsonl`),
        record: id,
        message: `is not a paper of ${papersFile} assigned to ${reader}`,
      });
  if (issues.length) throw new LabelsError(issues);
  return papers;
}

/** What training reads: the train split with the extension after it, and the dev split. */
export function loadTrainingPapers(): { train: LabelledPaper[]; dev: LabelledPaper[] } {
  const labelled = loadLabelledSet();
  return {
    train: [
      ...labelled.filter((p) => p.split === "train"),
      ...loadTrainingExtension(EXTENSION_DIR, labelled),
    ],
    dev: labelled.filter((p) => p.split === "dev"),
  };
}

/** Each first reader's labels (raw/R*.jsonl, or E*.jsonl in the extension), by reader name. */
export function loadFirstReadings(dir = LABELS_DIR, prefix = "R"): Map<string, Readings> {
  const rawDir = path.join(dir, "raw");
  const readers = new Map<string, Readings>();
  const issues: IngestIssue[] = [];
  for (const name of readdirJsonl(rawDir, prefix)) {
    const file = path.join(rawDir, name);
    const readings: Readings = new Map();
    for (const { row, line } of readRows(file, ReadingRow)) {
      if (readings.has(row.arxivId))
        issues.push({ file, line, record: row.arxivId, message: "is read twice" });
      readings.set(row.arxivId, row.concepts);
    }
    readers.set(name.replace(/\.jsonl$/, ""), readings);
  }
  if (issues.length) throw new LabelsError(issues);
  return readers;
}

function readdirJsonl(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((name) => new RegExp(`^${prefix}\\d+\\.jsonl$`).test(name))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}
