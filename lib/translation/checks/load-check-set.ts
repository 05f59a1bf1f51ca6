// The sets the translation checks are measured on. tuning: the human translations of the sample
// digests (content/digests), those written for it (papers.jsonl) and the first held-out set
// (heldout-1.jsonl, tuned on since it was read), on which every rule and threshold was tuned.
// heldout: translations written after tuning stopped (heldout-2.jsonl), read once to report; a
// paper of the tuning set never counts as held out.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDigestFile } from "../../ingest/parse-digest-file.ts";
import { PaperRecordSchema } from "../../ingest/paper-record.ts";
import type { Translated } from "./corrupt-translation.ts";

const SET_DIR = path.join("content", "eval", "translation-checks");
export const TUNING_FILES = [
  path.join(SET_DIR, "papers.jsonl"),
  path.join(SET_DIR, "heldout-1.jsonl"),
];
export const HELDOUT_FILE = path.join(SET_DIR, "heldout-2.jsonl");

export const SPLITS = ["tuning", "heldout"] as const;
export type Split = (typeof SPLITS)[number];

interface Source {
  arxivId?: string | null;
  title: string;
  abstractEn: string;
  titleKo?: string | null;
  abstractKo?: string | null;
}

/** A JSONL file of paper records, normalised as ingest normalises them. */
function readRecords(file: string): Source[] {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${number}: is not valid JSON`);
      }
      const parsed = PaperRecordSchema.safeParse(record);
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

function translated(papers: Source[]): Translated[] {
  return papers.flatMap((p) =>
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

function loadTuning(digestsDir: string, files: string[]): Translated[] {
  const samples = readdirSync(digestsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((name) => {
      const parsed = parseDigestFile(name, readFileSync(path.join(digestsDir, name), "utf8"));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.issues[0]?.message}`);
      return parsed.digest.papers;
    });
  return translated([...samples, ...files.flatMap(readRecords)]);
}

const FILES = {
  digests: path.join("content", "digests"),
  tuning: TUNING_FILES,
  heldout: HELDOUT_FILE,
};

export function loadCheckSet(split: Split = "tuning", files = FILES): Translated[] {
  const tuning = loadTuning(files.digests, files.tuning);
  if (split === "tuning") return tuning;
  const seen = new Set(tuning.map((p) => p.id));
  return translated(readRecords(files.heldout)).filter((p) => !seen.has(p.id));
}
