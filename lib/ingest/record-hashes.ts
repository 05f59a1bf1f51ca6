import { createHash } from "node:crypto";
import type { PaperRecord } from "./paper-record.ts";

function sha256(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/** Identifies the English text; a Korean translation made from other English is stale. */
export function englishHash(title: string, abstractEn: string): string {
  return sha256([title, abstractEn]);
}

/** Equal for two records that would store exactly the same paper. */
export function contentHash(record: PaperRecord): string {
  // Added to the hash only when present, so that papers stored before they existed keep their hash.
  const classes = record.classes.length ? record.classes : null;
  const extras = [classes, record.codeUrl, record.projectUrl, record.hfUpvotes];
  return sha256([
    record.arxivId,
    record.arxivVersion,
    record.title,
    record.abstractEn,
    record.titleKo,
    record.abstractKo,
    record.translation,
    record.authors,
    record.categories,
    record.publishedAt,
    record.comment,
    ...(extras.some((extra) => extra !== null) ? [extras] : []),
  ]);
}
