import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Utf8Check } from "../../text/utf8-check.ts";
import { SourceFormatError } from "./source-format-error.ts";

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** A whole file as UTF-8 text, refused when larger than `maxBytes` or not UTF-8. */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  const { size } = await stat(file);
  if (size > maxBytes) throw new SourceFormatError(`is ${megabytes(size)}; files of this format may be at most ${megabytes(maxBytes)}`);
  let text = "";
  for await (const chunk of decodeUtf8(file)) text += chunk;
  return text;
}

/** The file's text in chunks; bytes that are not UTF-8 stop it with the exact byte offset. */
export async function* decodeUtf8(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
  const check = new Utf8Check();
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    const bad = check.push(bytes);
    if (bad !== null) throw new SourceFormatError(`is not valid UTF-8 text (at byte ${bad}); save it as UTF-8`);
    yield decoder.decode(bytes, { stream: true });
  }
  const cut = check.end();
  if (cut !== null) throw new SourceFormatError(`is not valid UTF-8 text (it ends inside a character that starts at byte ${cut})`);
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * The file's lines, streamed: a line longer than `maxChars` is reported by number and skipped
 * without being held in memory whole.
 */
export async function* readLines(file: string, maxChars: number): AsyncGenerator<{ line: number; text: string | null }> {
  let line = 1;
  let current = "";
  let tooLong = false;
  for await (const chunk of decodeUtf8(file)) {
    let start = 0;
    for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, i);
      yield { line, text: tooLong || current.length + piece.length > maxChars ? null : (current + piece).replace(/\r$/, "") };
      line += 1;
      current = "";
      tooLong = false;
      start = i + 1;
    }
    const rest = chunk.slice(start);
    if (!tooLong && current.length + rest.length > maxChars) {
      tooLong = true;
      current = "";
    } else if (!tooLong) current += rest;
  }
  if (tooLong || current.trim()) yield { line, text: tooLong ? null : current.replace(/\r$/, "") };
}
