import type { PaperRecord } from "./paper-record.ts";
import { titleKey } from "./title-key.ts";

/** Two records of one input with the same identity describe the same paper. */
export function recordIdentity(record: PaperRecord): string {
  return record.arxivId ? `arxiv:${record.arxivId}` : `title:${titleKey(record.title)}`;
}
