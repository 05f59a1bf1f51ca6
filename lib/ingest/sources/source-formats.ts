import { open } from "node:fs/promises";
import path from "node:path";

export const SOURCE_FORMATS = [
  "digest",
  "arxiv",
  "rss",
  "oai",
  "hf",
  "feedparser",
  "jsonl",
  "csv",
  "blog",
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export function isSourceFormat(value: string): value is SourceFormat {
  return (SOURCE_FORMATS as readonly string[]).includes(value);
}

/** Extensions that folders are searched for. */
export const INPUT_EXTENSIONS = [".yaml", ".yml", ".xml", ".atom", ".rss", ".json", ".jsonl", ".ndjson", ".csv", ".txt", ".md"];

const BY_EXTENSION: Record<string, SourceFormat> = {
  ".yaml": "digest",
  ".yml": "digest",
  ".atom": "arxiv",
  ".rss": "rss",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".txt": "blog",
  ".md": "blog",
};

/** A file's format: by its extension, or its first bytes for .xml, .json and unknown ones. */
export async function detectFormat(file: string): Promise<SourceFormat | null> {
  const extension = path.extname(file).toLowerCase();
  if (BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2048), 0, 2048, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    if (/<rss[\s>]/.test(head)) return "rss";
    if (/<feed[\s>]/.test(head)) return "arxiv";
    if (/<OAI-PMH[\s>]/.test(head)) return "oai";
    if (head.startsWith("[")) return "hf";
    // A .json object is a parsed feed; one object per line is JSON Lines.
    if (head.startsWith("{")) return extension === ".json" ? "feedparser" : "jsonl";
    if (/^date\s*:/m.test(head)) return "digest";
    if (/^[^\n]*,/.test(head) && head.split("\n")[0]!.split(",").some((column) => column.trim().replace(/"/g, "") === "title")) return "csv";
    if (/^\s*abstract\s*:/im.test(head)) return "blog";
    return null;
  } finally {
    await handle.close();
  }
}
