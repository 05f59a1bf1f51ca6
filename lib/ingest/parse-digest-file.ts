import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from "yaml";
import { z } from "zod";
import { isWellFormedText, normalizeInline } from "../text/normalize-text.ts";
import { fieldPath, type IngestIssue } from "./ingest-issue.ts";
import { isCalendarDate } from "../dates/calendar-date.ts";
import { PaperRecordSchema, type PaperRecord } from "./paper-record.ts";

/** One day's digest as written in content/digests/*.yaml (format: content/README.md). */
export interface DigestFile {
  date: string;
  title: string | null;
  titleKo: string | null;
  papers: PaperRecord[];
}

/** `records` counts the paper documents found, so a rejected file can report what it held. */
export type ParseResult = { ok: true; digest: DigestFile } | { ok: false; issues: IngestIssue[]; records: number };

export const MAX_DIGEST_FILE_BYTES = 20 * 1024 * 1024;

const optionalTitle = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? null : v),
  z.string().refine(isWellFormedText, "contains invalid Unicode").transform(normalizeInline).pipe(z.string().max(300)).nullable(),
);

const FrontMatterSchema = z.object({
  date: z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
    .refine(isCalendarDate, "must be a date written YYYY-MM-DD"),
  title: optionalTitle,
  titleKo: optionalTitle,
});

function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  // Walk down to the deepest node that exists so a missing field points at its record.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as Node | undefined;
    if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return doc.range ? lineCounter.linePos(doc.range[0]).line : undefined;
}

function hasAlias(node: unknown): boolean {
  if (isAlias(node)) return true;
  if (isMap(node)) return node.items.some((pair) => hasAlias(pair.key) || hasAlias(pair.value));
  if (isSeq(node)) return node.items.some(hasAlias);
  return false;
}

function describePaper(index: number, doc: Document): string {
  const id = doc.get("arxivId");
  const title = doc.get("title");
  const label = isScalar(id) ? String(id.value) : typeof id === "string" ? id : typeof title === "string" ? `"${title.slice(0, 60)}"` : null;
  return `paper ${index}${label ? ` (${label})` : ""}`;
}

/**
 * A digest file is a multi-document YAML file: the first document is the front matter (the
 * date), each following document one paper. Every scalar is read as text (YAML's failsafe
 * schema) so that an id like 2508.10000 cannot turn into the number 2508.1.
 */
export function parseDigestFile(file: string, text: string): ParseResult {
  if (!isWellFormedText(text)) return { ok: false, issues: [{ file, message: "is not valid UTF-8 text" }], records: 0 };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { schema: "failsafe", lineCounter, uniqueKeys: true });
  if (!Array.isArray(docs)) return { ok: false, issues: [{ file, message: "is empty: expected front matter with a date" }], records: 0 };

  const issues: IngestIssue[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      issues.push({ file, line: error.linePos?.[0]?.line, message: `is not valid YAML: ${error.message.split("\n")[0]}` });
    }
    if (hasAlias(doc.contents)) issues.push({ file, line: lineOf(doc, lineCounter, []), message: "uses a YAML alias, which digest files do not allow" });
  }
  const records = Math.max(0, docs.filter((doc) => doc.contents !== null).length - 1);
  if (issues.length > 0) return { ok: false, issues, records };

  const [front, ...paperDocs] = docs.filter((doc) => doc.contents !== null);
  if (!front) return { ok: false, issues: [{ file, message: "is empty: expected front matter with a date" }], records };

  const frontMatter = FrontMatterSchema.safeParse(front.toJS());
  if (!frontMatter.success) {
    for (const issue of frontMatter.error.issues) {
      issues.push({ file, line: lineOf(front, lineCounter, issue.path), record: "front matter", field: fieldPath(issue.path), message: issue.message });
    }
  }
  if (paperDocs.length === 0) issues.push({ file, message: "lists no papers" });

  const papers: PaperRecord[] = [];
  const seen = new Map<string, number>();
  paperDocs.forEach((doc, i) => {
    const index = i + 1;
    const record = describePaper(index, doc);
    if (!isMap(doc.contents)) {
      issues.push({ file, line: lineOf(doc, lineCounter, []), record, message: "must be a mapping of fields" });
      return;
    }
    const parsed = PaperRecordSchema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ file, line: lineOf(doc, lineCounter, issue.path), record, field: fieldPath(issue.path) || undefined, message: issue.message });
      }
      return;
    }
    const identity = parsed.data.arxivId ?? `title:${parsed.data.title.toLowerCase()}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      issues.push({ file, line: lineOf(doc, lineCounter, []), record, message: `repeats paper ${first} of this digest` });
      return;
    }
    seen.set(identity, index);
    papers.push(parsed.data);
  });

  if (issues.length > 0 || !frontMatter.success) return { ok: false, issues, records };
  return { ok: true, digest: { ...frontMatter.data, papers } };
}
