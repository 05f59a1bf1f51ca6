import { loadTagger } from "../concepts/load-tagger.ts";
import type { Db } from "../db/create-db.ts";
import { fetchArxivQuery, type ArxivClientOptions } from "./arxiv-api-client.ts";
import { formatIssue, type IngestIssue } from "./ingest-issue.ts";
import { ingestStream, type StreamOptions, type StreamOutcome } from "./ingest-stream.ts";
import { compactSearchIndexIfDue } from "../search/compact-search-index.ts";
import { listInputFiles } from "./list-input-files.ts";
import { openSource } from "./sources/open-source.ts";
import { SourceFormatError } from "./sources/source-format-error.ts";
import { detectFormat, INPUT_EXTENSIONS, type SourceFormat } from "./sources/source-formats.ts";

export interface IngestRequest {
  /** Files and folders (every file with a known extension under a folder). */
  paths?: string[];
  /** A live arXiv API query, e.g. "cat:cs.CL AND submittedDate:[202312070000 TO 202312080000]". */
  arxivQuery?: string;
  /** Forces the format of every file; detected from extension and content otherwise. */
  format?: SourceFormat;
  /**
   * How a digest file places its papers: "replace" (the default) makes the day's digest the file;
   * "append" adds the file's papers after those already in it, so that loading sample content
   * again never undoes a day the daily run published.
   */
  digestMode?: "replace" | "append";
  /** The digest day for every record of the run. */
  date?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  arxiv?: ArxivClientOptions;
  progress?: IngestProgress;
}

export interface IngestProgress {
  /** Inputs are known (files) or discovered one by one (query pages: `total` is null). */
  inputs(total: number | null): void;
  start(source: string): void;
  record(source: string, records: number): void;
  done(outcome: StreamOutcome): void;
}

export interface IngestSummary {
  runId: number;
  outcomes: StreamOutcome[];
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  digestsChanged: number;
  issues: IngestIssue[];
  notes: IngestIssue[];
  /** Every paper the run stored or found unchanged, for translating what it brought. */
  paperIds: number[];
}

function rejectedInput(source: string, message: string): StreamOutcome {
  const counts = { records: 0, added: 0, updated: 0, unchanged: 0, failed: 0 };
  return { source, ...counts, digests: [], issues: [{ file: source, message }], notes: [], stored: false, paperIds: [] };
}

/** Loads files and/or a live arXiv query, one transaction per input, and records the run as an IngestRun. */
export async function ingest(db: Db, request: IngestRequest): Promise<IngestSummary> {
  const sources = [...(request.paths ?? []), ...(request.arxivQuery ? [`arXiv query: ${request.arxivQuery}`] : [])];
  const run = await db.ingestRun.create({
    data: { source: sources.join(", ").slice(0, 2000), format: request.format ?? (request.paths?.length ? "auto" : "arxiv"), status: "running", dryRun: request.dryRun ?? false, errors: [] },
    select: { id: true },
  });
  try {
    return await ingestInto(db, run, request);
  } catch (error) {
    // The run record ends whatever happens; what its inputs stored is already counted in it.
    const text = `the run stopped: ${(error as Error).message}`;
    await db.ingestRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date(), errors: [{ file: sources.join(", "), message: text, text }] } }).catch(() => undefined);
    throw error;
  }
}

async function ingestInto(db: Db, run: { id: number }, request: IngestRequest): Promise<IngestSummary> {
  const progress = request.progress;
  const outcomes: StreamOutcome[] = [];
  const formats = new Set<string>();
  const finish = (outcome: StreamOutcome) => {
    outcomes.push(outcome);
    progress?.done(outcome);
  };
  // Each stored input adds its counts to the run in its own transaction: a run killed later still
  // says what it stored (the next writer marks it interrupted: markInterruptedRuns).
  const onStored: StreamOptions["onStored"] = (tx, counts) =>
    tx.ingestRun.update({
      where: { id: run.id },
      data: { added: { increment: counts.added }, updated: { increment: counts.updated }, unchanged: { increment: counts.unchanged }, failed: { increment: counts.failed } },
    }).then(() => undefined);
  const options = { skipInvalid: request.skipInvalid, dryRun: request.dryRun, date: request.date ?? null, tagging: await loadTagger(db), onStored };

  const files: string[] = [];
  for (const input of request.paths ?? []) {
    try {
      const listed = await listInputFiles(input, INPUT_EXTENSIONS);
      if (listed.length === 0) finish(rejectedInput(input, `holds no file PaperBridge reads (${INPUT_EXTENSIONS.join(" ")})`));
      files.push(...listed);
    } catch (error) {
      finish(rejectedInput(input, (error as Error).message.replace(`${input}: `, "")));
    }
  }
  if (files.length > 0) progress?.inputs(files.length);
  for (const file of files) {
    progress?.start(file);
    const format = request.format ?? (await detectFormat(file));
    if (!format) {
      finish(rejectedInput(file, "is in no format PaperBridge recognises; name it .yaml/.xml/.json/.jsonl/.csv/.txt or pass --format"));
      continue;
    }
    formats.add(format);
    try {
      const stream = await openSource(file, format);
      const mode = format === "digest" ? (request.digestMode ?? "replace") : "append";
      finish(await ingestStream(db, file, stream, { ...options, mode, onRecord: (n) => progress?.record(file, n) }));
    } catch (error) {
      // One unreadable file is reported and the run goes on with the next.
      const reason = error instanceof SourceFormatError ? error.message : `could not be read (${(error as Error).message})`;
      finish(rejectedInput(file, `${reason}; nothing from it was written`));
    }
  }

  if (request.arxivQuery) {
    formats.add("arxiv");
    progress?.inputs(null);
    const query = `arXiv query "${request.arxivQuery}"`;
    try {
      for await (const page of fetchArxivQuery(request.arxivQuery, request.arxiv)) {
        const start = new URL(page.url).searchParams.get("start") ?? "0";
        const source = `${query}, results ${Number(start) + 1}-${Number(start) + page.items.length} of ${page.totalResults ?? "?"}`;
        progress?.start(source);
        finish(await ingestStream(db, source, { items: page.items }, { ...options, mode: "append", onRecord: (n) => progress?.record(source, n) }));
      }
    } catch (error) {
      finish(rejectedInput(query, (error as Error).message));
    }
  }

  if (outcomes.some((o) => o.stored)) await compactSearchIndexIfDue(db);
  const sum = (key: "added" | "updated" | "unchanged" | "failed") => outcomes.reduce((n, o) => n + o[key], 0);
  const issues = outcomes.flatMap((o) => o.issues);
  const notes = outcomes.flatMap((o) => o.notes);
  const summary: IngestSummary = {
    runId: run.id,
    outcomes,
    added: sum("added"),
    updated: sum("updated"),
    unchanged: sum("unchanged"),
    failed: sum("failed"),
    digestsChanged: outcomes.reduce((n, o) => n + o.digests.filter((d) => d.change !== "unchanged").length, 0),
    issues,
    paperIds: [...new Set(outcomes.flatMap((o) => (o.stored ? o.paperIds : [])))],
    notes,
  };
  const anyStored = outcomes.some((o) => o.stored || (request.dryRun && o.records > o.failed));
  await db.ingestRun.update({
    where: { id: run.id },
    data: {
      format: [...formats].join(",") || (request.format ?? "unknown"),
      status: issues.length === 0 ? "succeeded" : anyStored ? "partial" : "failed",
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      failed: summary.failed,
      errors: issues.slice(0, 500).map((issue) => ({ ...issue, text: formatIssue(issue) })),
      notes: notes.slice(0, 500).map((note) => ({ ...note, text: formatIssue(note) })),
      finishedAt: new Date(),
    },
  });
  return summary;
}
