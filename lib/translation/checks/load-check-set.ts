// The set the translation checks are measured on: the human translations of the sample digests
// (content/digests) and those written for it (content/eval/translation-checks/papers.jsonl).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDigestFile } from "../../ingest/parse-digest-file.ts";
import { PaperRecordSchema } from "../../ingest/paper-record.ts";
import type { Translated } from "./corrupt-translation.ts";

export const CHECK_SET_FILE = path.join("content", "eval", "translation-checks", "papers.jsonl");

export function loadCheckSet(
  digestsDir = path.join("content", "digests"),
  file = CHECK_SET_FILE,
): Translated[] {
  const samples = readdirSync(digestsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((name) => {
      const parsed = parseDigestFile(name, readFileSync(path.join(digestsDir, name), "utf8"));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.issues[0]?.message}`);
      return parsed.digest.papers;
    });
  const written = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      // Normalised as ingest normalises, so that the texts checked are those a store would hold.
      const parsed = PaperRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  return [...samples, ...written].flatMap((p) =>
    p.abstractKo && p.titleKo
      ? [
          {
            id: p.arxivId ?? p.title,
            title: p.title,
            abstractEn: p.abstractEn,
            titleKo: p.titleKo,
            abstractKo: p.abstractKo,
          },
        ]
      : [],
  );
}
