import os from "node:os";
import { readEnv } from "../../lib/config/env.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { describeHolder, withWriteLock, WriteLockTimeout } from "../../lib/db/write-lock.ts";
import { markInterruptedRuns } from "../../lib/ingest/interrupted-runs.ts";
import { markInterruptedTranslationRuns } from "../../lib/translation/interrupted-runs.ts";
import { migrateAndReport } from "./migrate-and-report.ts";

/** This command as a person typed it, for whoever waits for it. */
function commandLine(): string {
  const script = process.argv[1]?.split(/[\\/]/).at(-1) ?? "node";
  return [script, ...process.argv.slice(2)].join(" ").slice(0, 200);
}

/**
 * Runs `fn` as the database's one writer: waits for another (saying who and how long), then
 * migrates, ends the ingest and translation runs a killed process left running, and runs `fn`.
 * Throws WriteLockTimeout, naming the holder, after WRITE_LOCK_TIMEOUT. Messages go to `out`.
 */
export async function asWriter<T>(
  url: string,
  fn: () => Promise<T>,
  options: { out?: NodeJS.WritableStream; command?: string } = {},
): Promise<T> {
  const out = options.out ?? process.stdout;
  const timeout = readEnv().writeLockTimeout;
  return withWriteLock(
    url,
    {
      command: options.command ?? commandLine(),
      timeoutMs: timeout * 1000,
      onWait: (holder, waited) =>
        out.write(
          `Waiting for the database: ${describeHolder(holder)} is writing to it (waited ${Math.round(waited / 1000)} s of ${timeout} s)...\n`,
        ),
    },
    async () => {
      await migrateAndReport(url, out);
      const db = createDb(url);
      try {
        const ended = await markInterruptedRuns(db);
        if (ended.length > 0)
          out.write(
            `Ingest run(s) ${ended.join(", ")} had been stopped before they finished; marked interrupted.\n`,
          );
        const translations = await markInterruptedTranslationRuns(db);
        if (translations.length > 0)
          out.write(
            `Translation run(s) ${translations.join(", ")} had been stopped before they finished; marked interrupted.\n`,
          );
      } finally {
        await db.$disconnect();
      }
      return fn();
    },
  );
}

/**
 * A command's writes as the database's one writer (asWriter); a real timeout ends the process
 * with status 1 and a message naming the holder. Messages go to `out` (stderr for commands
 * whose stdout is data).
 */
export async function writeSession<T>(
  url: string,
  fn: () => Promise<T>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<T> {
  try {
    return await asWriter(url, fn, { out });
  } catch (error) {
    if (!(error instanceof WriteLockTimeout)) throw error;
    const timeout = readEnv().writeLockTimeout;
    console.error(`error: ${error.message} (host ${os.hostname()}; WRITE_LOCK_TIMEOUT=${timeout})`);
    process.exit(1);
  }
}
