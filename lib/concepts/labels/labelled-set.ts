import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fieldPath, formatIssue, type IngestIssue } from "../../ingest/ingest-issue.ts";
import { CORE_CONCEPTS } from "../core-concepts.ts";

/** Where the labelled set lives; its format is in content/README.md. */
export const LABELS_DIR = path.join("content", "eval", "concept-labels");

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
const GoldRow = z.object({
  arxivId,
  split: z.enum(SPLITS),
  concepts: z.array(slug),
  note: z.string().optional(),
});
const ReadingRow = z.object({ arxivId, concepts: z.array(slug), note: z.string().optional() });

export interface LabelledPaper extends z.output<typeof PaperRow> {
  /** The reviewed labels: core slugs, core parents listed. */
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

function readRows<T>(file: string, schema: z.ZodType<T>): T[] {
  const issues: IngestIssue[] = [];
  const rows: T[] = [];
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
      if (parsed.success) rows.push(parsed.data);
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
  for (const row of readRows(goldFile, GoldRow)) {
    if (gold.has(row.arxivId))
      issues.push({ file: goldFile, record: row.arxivId, message: "is labelled twice" });
    gold.set(row.arxivId, row);
  }
  const papers = readRows(papersFile, PaperRow).map((paper) => {
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

/** Each first reader's labels (raw/R*.jsonl), by reader name. */
export function loadFirstReadings(dir = LABELS_DIR): Map<string, Readings> {
  const rawDir = path.join(dir, "raw");
  const readers = new Map<string, Readings>();
  for (const name of readdirJsonl(rawDir)) {
    const reader = name.replace(/\.jsonl$/, "");
    readers.set(
      reader,
      new Map(readRows(path.join(rawDir, name), ReadingRow).map((r) => [r.arxivId, r.concepts])),
    );
  }
  return readers;
}

function readdirJsonl(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /^R\d+\.jsonl$/.test(name))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}
