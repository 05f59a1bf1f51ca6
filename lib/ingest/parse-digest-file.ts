import type { IngestIssue } from "./ingest-issue.ts";
import type { PaperRecord } from "./paper-record.ts";
import { recordIdentity } from "./record-identity.ts";
import { readDigestYaml } from "./sources/read-digest-yaml.ts";
import { validateItem } from "./validate-item.ts";

/** One day's digest as written in content/digests/*.yaml (format: content/README.md). */
export interface DigestFile {
  date: string;
  title: string | null;
  titleKo: string | null;
  papers: PaperRecord[];
}

/** `records` counts the paper documents found, so a rejected file can report what it held. */
export type ParseResult = { ok: true; digest: DigestFile } | { ok: false; issues: IngestIssue[]; records: number };

/** Reads and validates a whole digest file; any problem rejects it. */
export function parseDigestFile(file: string, text: string): ParseResult {
  const stream = readDigestYaml(file, text);
  const issues = [...(stream.issues ?? [])];
  const papers: PaperRecord[] = [];
  const seen = new Map<string, string>();
  for (const item of stream.items) {
    const result = validateItem(file, item);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const identity = recordIdentity(result.record);
    const first = seen.get(identity);
    if (first) issues.push({ file, line: item.line, record: item.label, message: `repeats ${first} of this file` });
    else seen.set(identity, item.label.replace(/ \(.*$/, ""));
    papers.push(result.record);
  }
  if (issues.length > 0 || !stream.digest) return { ok: false, issues, records: stream.items.length };
  return { ok: true, digest: { ...stream.digest, papers } };
}
