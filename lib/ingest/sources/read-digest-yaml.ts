import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from "yaml";
import { z } from "zod";
import { isCalendarDate } from "../../dates/calendar-date.ts";
import { isWellFormedText, normalizeInline } from "../../text/normalize-text.ts";
import { fieldPath, type IngestIssue } from "../ingest-issue.ts";
import type { SourceItem, SourceStream } from "./source-item.ts";

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
 * Reads a digest file (format: content/README.md): multi-document YAML whose first document is
 * the front matter and each further document one paper. Every scalar is read as text (YAML's
 * failsafe schema) so that an id like 2508.10000 cannot turn into the number 2508.1.
 */
export function readDigestYaml(file: string, text: string): SourceStream & { items: SourceItem[] } {
  const fail = (issues: IngestIssue[]) => ({ items: [], issues });
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { schema: "failsafe", lineCounter, uniqueKeys: true });
  if (!Array.isArray(docs)) return fail([{ file, message: "is empty: expected front matter with a date" }]);

  const issues: IngestIssue[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      issues.push({ file, line: error.linePos?.[0]?.line, message: `is not valid YAML: ${error.message.split("\n")[0]}` });
    }
    if (hasAlias(doc.contents)) issues.push({ file, line: lineOf(doc, lineCounter, []), message: "uses a YAML alias, which digest files do not allow" });
  }
  const [front, ...paperDocs] = docs.filter((doc) => doc.contents !== null);
  if (issues.length > 0) return { items: paperDocs.map((doc, i) => ({ fields: {}, label: describePaper(i + 1, doc) })), issues };
  if (!front) return fail([{ file, message: "is empty: expected front matter with a date" }]);

  const frontMatter = FrontMatterSchema.safeParse(front.toJS());
  if (!frontMatter.success) {
    for (const issue of frontMatter.error.issues) {
      issues.push({ file, line: lineOf(front, lineCounter, issue.path), record: "front matter", field: fieldPath(issue.path), message: issue.message });
    }
  }
  if (paperDocs.length === 0) issues.push({ file, message: "lists no papers" });

  const date = frontMatter.success ? frontMatter.data.date : null;
  const items = paperDocs.map((doc, i): SourceItem => {
    const label = describePaper(i + 1, doc);
    const line = lineOf(doc, lineCounter, []);
    if (!isMap(doc.contents)) {
      issues.push({ file, line, record: label, message: "must be a mapping of fields" });
      return { fields: {}, label, line, date };
    }
    return { fields: doc.toJS() as Record<string, unknown>, label, line, date, locate: (path) => lineOf(doc, lineCounter, path) };
  });
  return { items, issues, digest: frontMatter.success ? frontMatter.data : undefined };
}
