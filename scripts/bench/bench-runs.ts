// What both database benchmarks do around a measurement: write the corpus file, and run one
// measurement in its own process (so that peak memory and caches are its own).
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { realisticRecords } from "./realistic-records.ts";

/** A JSON Lines file of `size` realistic records in `dir`. */
export async function writeRecordsFile(dir: string, size: number): Promise<string> {
  const file = path.join(dir, `records-${size}.jsonl`);
  const out = createWriteStream(file);
  for (const record of realisticRecords(size)) out.write(`${JSON.stringify(record)}\n`);
  await new Promise((resolve) => out.end(resolve));
  return file;
}

/** Runs `script --measure file --url url` and returns the JSON its last output line holds. */
export function measureInChild<T>(script: string, file: string, url: string, label: string): T {
  const child = spawnSync(process.execPath, ["--import", "tsx", script, "--measure", file, "--url", url], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`${label}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as T;
}
