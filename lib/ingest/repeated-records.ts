import type { PaperRecord } from "./paper-record.ts";
import { recordIdentity } from "./record-identity.ts";

/** The parts of a record a repeat can differ in, named as a report names them. */
const PARTS: [string, (r: PaperRecord) => unknown][] = [
  ["version", (r) => r.arxivVersion],
  ["title", (r) => r.title],
  ["authors", (r) => r.authors],
  ["categories", (r) => [r.categories, r.classes]],
  ["abstract", (r) => r.abstractEn],
  ["Korean", (r) => [r.titleKo, r.abstractKo, r.translation]],
  ["comment", (r) => r.comment],
  ["published", (r) => r.publishedAt],
  ["links", (r) => [r.codeUrl, r.projectUrl, r.hfUpvotes]],
];

// FNV-1a: a compact fingerprint per part, so that a million-record input keeps a few numbers per
// paper rather than its text.
function fingerprint(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

interface Seen {
  label: string;
  version: number | null;
  parts: number[];
}

export type Repeat =
  | { kind: "first" }
  | { kind: "identical" }
  /** `keep` is the record that is stored: the later one only when it is a newer arXiv version. */
  | { kind: "conflict"; first: string; differs: string[]; keep: "first" | "later" };

/**
 * Tells, for each record of one input, whether it repeats an earlier record of the same paper,
 * and how: listings name a paper once per category it is in, crawls list it twice.
 */
export class RepeatedRecords {
  private readonly seen = new Map<string, Seen>();

  check(record: PaperRecord, label: string): Repeat {
    const identity = recordIdentity(record);
    const parts = PARTS.map(([, pick]) => fingerprint(pick(record)));
    const first = this.seen.get(identity);
    const short = label.replace(/ \(.*$/, "");
    if (!first) {
      this.seen.set(identity, { label: short, version: record.arxivVersion, parts });
      return { kind: "first" };
    }
    const differs = PARTS.flatMap(([name], i) => (parts[i] === first.parts[i] ? [] : [name]));
    if (differs.length === 0) return { kind: "identical" };
    const later = (record.arxivVersion ?? 0) > (first.version ?? 0);
    if (later) this.seen.set(identity, { label: short, version: record.arxivVersion, parts });
    return { kind: "conflict", first: first.label, differs, keep: later ? "later" : "first" };
  }
}
