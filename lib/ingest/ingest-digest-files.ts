import { readFile, stat } from "node:fs/promises";
import type { Db } from "../db/create-db.ts";
import { formatIssue, type IngestIssue } from "./ingest-issue.ts";
import { listInputFiles } from "./list-input-files.ts";
import { MAX_DIGEST_FILE_BYTES, parseDigestFile } from "./parse-digest-file.ts";
import { storeDigest, type StoreDigestResult } from "./store-digest.ts";

export const DIGEST_EXTENSIONS = [".yaml", ".yml"] as const;

export interface FileOutcome {
  file: string;
  date?: string;
  result?: StoreDigestResult;
  /** Paper records the file held, as far as it could be read. */
  records: number;
  issues: IngestIssue[];
}

export interface IngestSummary {
  runId: number | null;
  files: FileOutcome[];
  added: number;
  updated: number;
  unchanged: number;
  /** Papers in files that were rejected. */
  failed: number;
  digestsChanged: number;
  issues: IngestIssue[];
}

export interface IngestOptions {
  dryRun?: boolean;
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

async function readDigest(file: string): Promise<{ text: string } | { issue: IngestIssue }> {
  const size = (await stat(file)).size;
  if (size > MAX_DIGEST_FILE_BYTES) {
    return { issue: { file, message: `is ${(size / 1048576).toFixed(1)} MB; digest files may be at most ${MAX_DIGEST_FILE_BYTES / 1048576} MB` } };
  }
  const bytes = await readFile(file);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { issue: { file, message: "is not valid UTF-8 text" } };
  }
}

async function ingestFile(db: Db, file: string, dryRun: boolean): Promise<FileOutcome> {
  const read = await readDigest(file);
  if ("issue" in read) return { file, records: 0, issues: [read.issue] };
  const parsed = parseDigestFile(file, read.text);
  if (!parsed.ok) return { file, records: parsed.records, issues: parsed.issues };
  const records = parsed.digest.papers.length;
  try {
    const result = await storeDigest(db, parsed.digest, { dryRun });
    return { file, date: parsed.digest.date, records, result, issues: [] };
  } catch (error) {
    return { file, date: parsed.digest.date, records, issues: [{ file, message: `could not be stored, nothing from it was written: ${(error as Error).message}` }] };
  }
}

/** Loads digest files (content/digests format), one transaction per file, and records the run. */
export async function ingestDigestFiles(db: Db, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const dryRun = options.dryRun ?? false;
  const run = await db.ingestRun.create({
    data: { source: inputs.join(", "), format: "digest", status: "running", dryRun, errors: [] },
    select: { id: true },
  });

  const files: string[] = [];
  const outcomes: FileOutcome[] = [];
  for (const input of inputs) {
    try {
      files.push(...(await listInputFiles(input, DIGEST_EXTENSIONS)));
    } catch (error) {
      outcomes.push({ file: input, records: 0, issues: [{ file: input, message: (error as Error).message.replace(`${input}: `, "") }] });
    }
  }
  for (const [index, file] of files.entries()) {
    const outcome = await ingestFile(db, file, dryRun);
    outcomes.push(outcome);
    options.onFile?.(outcome, index, files.length);
  }

  const summary: IngestSummary = { runId: run.id, files: outcomes, added: 0, updated: 0, unchanged: 0, failed: 0, digestsChanged: 0, issues: [] };
  for (const outcome of outcomes) {
    summary.issues.push(...outcome.issues);
    if (!outcome.result) {
      summary.failed += outcome.records;
      continue;
    }
    for (const paper of outcome.result.papers) summary[paper] += 1;
    if (outcome.result.digest !== "unchanged") summary.digestsChanged += 1;
  }

  await db.ingestRun.update({
    where: { id: run.id },
    data: {
      status: summary.issues.length === 0 ? "succeeded" : outcomes.some((o) => o.result) ? "partial" : "failed",
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      failed: summary.failed,
      errors: summary.issues.map((issue) => ({ ...issue, text: formatIssue(issue) })),
      finishedAt: new Date(),
    },
  });
  return summary;
}
