import { fieldPath, type IngestIssue } from "./ingest-issue.ts";
import { PaperRecordSchema, type PaperRecord } from "./paper-record.ts";
import type { SourceItem } from "./sources/source-item.ts";

export type Validated = { ok: true; record: PaperRecord } | { ok: false; issues: IngestIssue[] };

/** Checks one record against PaperRecordSchema, naming file, line, record and field of each problem. */
export function validateItem(file: string, item: SourceItem): Validated {
  const parsed = PaperRecordSchema.safeParse(item.fields);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      file,
      line: item.locate?.(issue.path) ?? item.line,
      record: item.label,
      field: fieldPath(issue.path) || undefined,
      message: issue.message,
    })),
  };
}
