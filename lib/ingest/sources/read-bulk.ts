import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { fieldsFromRow } from "./bulk-columns.ts";
import { decodeUtf8, readLines } from "./read-text-file.ts";
import { SourceFormatError } from "./source-format-error.ts";
import type { SourceItem, UnreadableRecord } from "./source-item.ts";

/** One line or row may hold at most this many characters (a paper is far smaller). */
export const MAX_RECORD_CHARS = 1_000_000;

function label(kind: string, n: number, row: Record<string, unknown>): string {
  const id = row.arxivId ?? row.arxiv_id ?? row.id;
  return `${kind} ${n}${typeof id === "string" ? ` (${id})` : ""}`;
}

/** JSON Lines: one paper per line, streamed. */
export async function* readJsonLines(file: string): AsyncGenerator<SourceItem | UnreadableRecord> {
  let n = 0;
  for await (const { line, text } of readLines(file, MAX_RECORD_CHARS)) {
    if (text !== null && !text.trim()) continue;
    n += 1;
    if (text === null) {
      yield { unreadable: { file, line, record: `record ${n}`, message: `is longer than ${MAX_RECORD_CHARS.toLocaleString("en")} characters` } };
      continue;
    }
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      yield { unreadable: { file, line, record: `record ${n}`, message: `is not valid JSON (${(error as Error).message})` } };
      continue;
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      yield { unreadable: { file, line, record: `record ${n}`, message: "must be a JSON object" } };
      continue;
    }
    const { fields, date } = fieldsFromRow(row as Record<string, unknown>);
    yield { fields, date, line, label: label("record", n, row as Record<string, unknown>) };
  }
}

/** CSV with a header row, streamed; column names as for JSON Lines. */
export async function* readCsv(file: string): AsyncGenerator<SourceItem> {
  const parser = parse({ columns: true, bom: true, info: true, max_record_size: MAX_RECORD_CHARS, skip_empty_lines: true, trim: true });
  // pipe() does not forward errors; a decoding error must end the parse.
  Readable.from(decodeUtf8(file))
    .on("error", (error) => parser.destroy(error))
    .pipe(parser);
  let n = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      n += 1;
      const { fields, date } = fieldsFromRow(record);
      yield { fields, date, line: info.lines, label: label("row", n, record) };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new SourceFormatError(`is not valid CSV${line ? ` at line ${line}` : ""}: ${error.message.replace(/^Invalid \w+: /, "")}`);
    }
    throw error;
  }
}
