import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { dialectOf, sqlitePath } from "./dialect.ts";

// One writer at a time per database: ingest, start-up work (migrations, taxonomy, samples),
// re-tagging, embedding, translating. A second one waits for the first with a message naming it,
// instead of failing inside a transaction with SQLITE_BUSY. The lock is the operating system's
// (SQLite) or the server's (PostgreSQL), so a killed holder releases it.

export interface WriteLockHolder {
  pid: number | null;
  host: string | null;
  command: string;
  since: string | null;
}

export interface WriteLockOptions {
  /** What this process is doing, shown to those who wait for it. */
  command: string;
  timeoutMs: number;
  /** Called about every `reportEveryMs` while waiting. */
  onWait?: (holder: WriteLockHolder | null, waitedMs: number) => void;
  reportEveryMs?: number;
  pollMs?: number;
}

export class WriteLockTimeout extends Error {}

interface Attempt {
  /** True when the lock was taken. */
  take(): Promise<boolean>;
  holder(): Promise<WriteLockHolder | null>;
  release(): Promise<void>;
}

const held = new Set<string>();

function sqliteAttempt(url: string, command: string): Attempt {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const lockFile = `${file}.write-lock`;
  const infoFile = `${lockFile}.json`;
  // An empty database used only for its lock: BEGIN EXCLUSIVE holds an OS lock on the file.
  const db = new Database(lockFile, { timeout: 0 });
  return {
    async take() {
      try {
        db.exec("BEGIN EXCLUSIVE");
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_BUSY") return false;
        throw error;
      }
      const holder: WriteLockHolder = {
        pid: process.pid,
        host: os.hostname(),
        command,
        since: new Date().toISOString(),
      };
      writeFileSync(infoFile, JSON.stringify(holder));
      return true;
    },
    async holder() {
      try {
        return JSON.parse(readFileSync(infoFile, "utf8")) as WriteLockHolder;
      } catch {
        return null;
      }
    },
    async release() {
      if (db.inTransaction) {
        rmSync(infoFile, { force: true });
        db.exec("ROLLBACK");
      }
      db.close();
    },
  };
}

/** Advisory lock key of PaperBridge's writers (Prisma Migrate's is 72707369). */
const PG_WRITE_LOCK = 72707370;

function postgresAttempt(url: string, command: string): Attempt {
  // The server shows each session's application_name: that is how waiters learn who holds it.
  const name = `pb ${process.pid}@${os.hostname()}: ${command}`.slice(0, 63);
  const client = new pg.Client({ connectionString: url, application_name: name });
  const connected = client.connect();
  return {
    async take() {
      await connected;
      const result = await client.query<{ taken: boolean }>(
        "SELECT pg_try_advisory_lock($1) AS taken",
        [PG_WRITE_LOCK],
      );
      return result.rows[0]!.taken;
    },
    async holder() {
      const result = await client.query<{ name: string; since: Date }>(
        `SELECT a.application_name AS name, a.backend_start AS since FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted LIMIT 1`,
        [PG_WRITE_LOCK],
      );
      const row = result.rows[0];
      if (!row) return null;
      const match = /^pb (\d+)@([^:]*): (.*)$/s.exec(row.name);
      return {
        pid: match ? Number(match[1]) : null,
        host: match?.[2] ?? null,
        command: match?.[3] ?? row.name,
        since: row.since.toISOString(),
      };
    },
    async release() {
      await client.end();
    },
  };
}

/** "pid 123 on host (npm run ingest -- x.jsonl) since 18:30:05". */
export function describeHolder(holder: WriteLockHolder | null): string {
  if (!holder) return "another process";
  const who = holder.pid
    ? `pid ${holder.pid}${holder.host ? ` on ${holder.host}` : ""}`
    : "another process";
  return `${who} (${holder.command})${holder.since ? ` since ${holder.since}` : ""}`;
}

/**
 * Runs `fn` as the database's one writer: waits while another holds the lock (reporting who),
 * and fails with WriteLockTimeout, naming the holder, only after `timeoutMs`. Re-entrant within
 * a process.
 */
export async function withWriteLock<T>(
  url: string,
  options: WriteLockOptions,
  fn: () => Promise<T>,
): Promise<T> {
  if (held.has(url)) return fn();
  const attempt =
    dialectOf(url) === "sqlite"
      ? sqliteAttempt(url, options.command)
      : postgresAttempt(url, options.command);
  const started = Date.now();
  let reported = 0;
  try {
    while (!(await attempt.take())) {
      const waited = Date.now() - started;
      if (waited >= options.timeoutMs) {
        throw new WriteLockTimeout(
          `gave up waiting for the database after ${Math.round(waited / 1000)} s: ${describeHolder(await attempt.holder())} is writing to it`,
        );
      }
      if (waited - reported >= (options.reportEveryMs ?? 5_000) || reported === 0) {
        reported = Math.max(waited, 1);
        options.onWait?.(await attempt.holder(), waited);
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
    }
    held.add(url);
    try {
      return await fn();
    } finally {
      held.delete(url);
    }
  } finally {
    await attempt.release();
  }
}
