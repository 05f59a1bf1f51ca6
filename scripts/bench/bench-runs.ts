// What the benchmarks share: writing the corpus file, running one measurement in its own process
// (so that peak memory and caches are its own), timing calls and reading percentiles.
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

/** Runs `script --measure file --url url` (or another step than --measure) and returns the JSON its last output line holds. */
export function measureInChild<T>(script: string, file: string, url: string, label: string, step = "--measure"): T {
  const child = spawnSync(process.execPath, ["--import", "tsx", script, step, file, "--url", url], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`${label}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as T;
}

/** The p-th percentile (nearest rank) of some timings. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Milliseconds one call takes. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
