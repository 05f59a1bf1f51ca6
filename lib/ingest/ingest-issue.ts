/** One problem found in the input, located as precisely as the format allows. */
export interface IngestIssue {
  file: string;
  line?: number;
  /** Which record, e.g. "paper 3 (2508.11661)"; absent for file-level problems. */
  record?: string;
  /** Field path, e.g. "authors[2]". */
  field?: string;
  message: string;
}

export function formatIssue(issue: IngestIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const parts = [issue.record, issue.field ? `field "${issue.field}"` : undefined].filter(Boolean);
  return `${where}: ${parts.length ? `${parts.join(", ")}: ` : ""}${issue.message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}
