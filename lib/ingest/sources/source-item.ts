import type { IngestIssue } from "../ingest-issue.ts";

/** One record read from a source, before validation. */
export interface SourceItem {
  /** The record's fields under PaperRecordSchema's names (arxivId, title, authors, abstractEn, ...). */
  fields: Record<string, unknown>;
  /** How an error message names the record, e.g. "entry 3 (2312.04876v2)". */
  label: string;
  line?: number;
  /** The line of one field, where the format knows it. */
  locate?: (path: readonly PropertyKey[]) => number | undefined;
  /** The digest day this record belongs to, when the source says. */
  date?: string | null;
  /** How an arXiv listing announced it: "new", "cross", "replace" or "replace-cross". */
  announced?: string;
}

/** A record that could not be read at all (bad JSON, an overlong line); reported like a validation problem. */
export interface UnreadableRecord {
  unreadable: IngestIssue;
}

/** What a reader makes of one input: its records, and problems with the input as a whole. */
export interface SourceStream {
  items: AsyncIterable<SourceItem | UnreadableRecord> | Iterable<SourceItem | UnreadableRecord>;
  /** Set by digest files, whose front matter names and titles the digest. */
  digest?: { date: string; title: string | null; titleKo: string | null };
  /** Problems found before any record (e.g. a bad front matter); the input is rejected. */
  issues?: IngestIssue[];
}
