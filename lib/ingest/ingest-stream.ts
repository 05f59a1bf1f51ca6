import type { StoredTagger } from "../concepts/load-tagger.ts";
import { tagStoredPapers } from "../concepts/store-paper-concepts.ts";
import { isCalendarDate } from "../dates/calendar-date.ts";
import { indexPapers } from "../search/search-index.ts";
import type { Db, Prisma } from "../db/create-db.ts";
import type { IngestIssue } from "./ingest-issue.ts";
import type { PaperRecord } from "./paper-record.ts";
import { placeInDigest, type DigestChange } from "./place-in-digest.ts";
import { recordIdentity } from "./record-identity.ts";
import { RepeatedRecords } from "./repeated-records.ts";
import { SourceFormatError } from "./sources/source-format-error.ts";
import type { SourceStream } from "./sources/source-item.ts";
import { storePapers } from "./store-papers.ts";
import { loadGlossary } from "../translation/glossary.ts";
import { recordChecks } from "../translation/record-checks.ts";
import { validateItem } from "./validate-item.ts";

const BATCH_SIZE = 500;
/** Past this many problems in one input the rest are counted, not listed. */
const MAX_LISTED_ISSUES = 100;

export interface StreamOptions {
  /** "replace" when the input is a whole digest (digest files), "append" for everything else. */
  mode: "replace" | "append";
  /** Overrides every record's day. */
  date?: string | null;
  skipInvalid?: boolean;
  dryRun?: boolean;
  onRecord?: (records: number) => void;
  /** Tags new and changed papers with concepts; absent until a taxonomy is loaded. */
  tagging?: StoredTagger | null;
  /** Runs in the input's transaction once it is stored, so that what it records commits with it. */
  onStored?: (tx: Prisma.TransactionClient, counts: { added: number; updated: number; unchanged: number; failed: number }) => Promise<void>;
}

export interface StreamOutcome {
  source: string;
  /** Records read from the input. */
  records: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Records not stored: invalid ones, or all of them when the input was rejected. */
  failed: number;
  digests: { date: string; change: DigestChange }[];
  issues: IngestIssue[];
  /** Reported without failing anything: records that repeat a paper, merged into one. */
  notes: IngestIssue[];
  /** True when the input's transaction committed (always false for a dry run). */
  stored: boolean;
  /** The papers the input's records are stored as (for ingest --translate). */
  paperIds: number[];
}

class Rollback extends Error {}

/**
 * Stores one input (a file, or one page of a live query) in one transaction. Without
 * `skipInvalid`, one invalid record rejects the whole input; a dry run does all the work and
 * rolls it back, so its counts are exact.
 */
export async function ingestStream(db: Db, source: string, stream: SourceStream, options: StreamOptions): Promise<StreamOutcome> {
  const outcome: StreamOutcome = {
    source,
    records: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    digests: [],
    issues: [],
    notes: [],
    stored: false,
    paperIds: [],
  };
  let rejected = 0;
  let merged = 0;
  let unlisted = 0;
  const reject = (issues: IngestIssue[]) => {
    rejected += 1;
    for (const issue of issues) {
      if (outcome.issues.length < MAX_LISTED_ISSUES) outcome.issues.push(issue);
      else unlisted += 1;
    }
  };
  const counts = { added: 0, updated: 0, unchanged: 0 };
  let errored = false;

  try {
    await db.$transaction(
      async (tx) => {
        if (stream.issues?.length) {
          outcome.issues.push(...stream.issues);
          for await (const _ of stream.items) outcome.records += 1;
          throw new Rollback();
        }
        const groups = new Map<string, number[]>();
        const repeats = new RepeatedRecords();
        let batch: { record: PaperRecord; date: string | null }[] = [];
        // Where each paper of the unstored batch is: a newer version of it takes its place.
        const slots = new Map<string, number>();
        const flush = async () => {
          // Once the input is going to be rolled back, validating the rest is all that is left to do.
          if (batch.length > 0 && (rejected === 0 || options.skipInvalid)) {
            const stored = await storePapers(tx, batch.map((b) => b.record));
            stored.outcomes.forEach((o) => (counts[o] += 1));
            const changed = stored.paperIds.filter((_, i) => stored.outcomes[i] !== "unchanged");
            // New papers are stored exactly as their records say, so they are tagged and indexed without reading them back.
            const fresh = new Map(batch.flatMap(({ record }, i) => (stored.outcomes[i] === "added" ? [[stored.paperIds[i]!, record] as const] : [])));
            if (options.tagging) await tagStoredPapers(tx, options.tagging, changed, fresh);
            await indexPapers(tx, changed, fresh);
            // Korean that came with the input is checked like a machine translation.
            const imported = new Set(batch.flatMap(({ record }, i) => (record.abstractKo || record.titleKo ? [stored.paperIds[i]!] : [])));
            await recordChecks(tx, changed, loadGlossary(), imported);
            outcome.paperIds.push(...stored.paperIds);
            batch.forEach(({ date }, i) => date && groups.set(date, [...(groups.get(date) ?? []), stored.paperIds[i]!]));
          }
          batch = [];
          slots.clear();
        };

        for await (const item of stream.items) {
          outcome.records += 1;
          options.onRecord?.(outcome.records);
          if ("unreadable" in item) {
            reject([item.unreadable]);
            continue;
          }
          const date = options.date ?? item.date ?? null;
          if (date !== null && !isCalendarDate(date)) {
            reject([{ file: source, line: item.line, record: item.label, field: "date", message: `"${date}" is not a date written YYYY-MM-DD` }]);
            continue;
          }
          const result = validateItem(source, item);
          if (!result.ok) {
            reject(result.issues);
            continue;
          }
          const repeat = repeats.check(result.record, item.label);
          if (repeat.kind === "identical") {
            merged += 1;
            continue;
          }
          const identity = recordIdentity(result.record);
          if (repeat.kind === "conflict") {
            const kept =
              repeat.keep === "first" ? `${repeat.first} was kept` : "this newer version was kept";
            const message =
              `repeats ${repeat.first} of this input with a different ` +
              `${repeat.differs.join(", ")}; ${kept}`;
            if (outcome.notes.length < MAX_LISTED_ISSUES) {
              outcome.notes.push({ file: source, line: item.line, record: item.label, message });
            }
            if (repeat.keep === "first") continue;
            const slot = slots.get(identity);
            if (slot !== undefined) {
              batch[slot] = { record: result.record, date };
              continue;
            }
          }
          slots.set(identity, batch.length);
          batch.push({ record: result.record, date });
          if (batch.length >= BATCH_SIZE) await flush();
        }
        await flush();
        if (rejected > 0 && !options.skipInvalid) throw new Rollback();

        for (const [date, paperIds] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
          const titles = stream.digest?.date === date ? { title: stream.digest.title, titleKo: stream.digest.titleKo } : undefined;
          outcome.digests.push({ date, change: await placeInDigest(tx, { date, paperIds, mode: options.mode, titles }) });
        }
        Object.assign(outcome, counts);
        if (options.dryRun) throw new Rollback();
        await options.onStored?.(tx, { ...counts, failed: rejected });
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
    outcome.stored = true;
  } catch (error) {
    if (error instanceof SourceFormatError) {
      errored = true;
      outcome.issues.push({ file: source, message: `${error.message}; nothing from it was written` });
    } else if (!(error instanceof Rollback)) {
      errored = true;
      outcome.issues.push({ file: source, message: `could not be stored, nothing from it was written: ${(error as Error).message}` });
    }
  }
  if (unlisted > 0) outcome.issues.push({ file: source, message: `has ${unlisted} more problems not listed here` });
  if (merged > 0) {
    const [records, were] = merged === 1 ? ["record", "was"] : ["records", "were"];
    const message =
      `${merged} ${records} repeated an earlier record of this input exactly ` +
      `and ${were} merged into it`;
    outcome.notes.unshift({ file: source, message });
  }
  // What a dry run reports is what a real run would have stored.
  const accepted = !errored && !stream.issues?.length && (rejected === 0 || options.skipInvalid === true) && (outcome.stored || options.dryRun === true);
  if (!accepted) Object.assign(outcome, { added: 0, updated: 0, unchanged: 0, digests: [], paperIds: [] });
  outcome.failed = accepted ? rejected : outcome.records;
  return outcome;
}
