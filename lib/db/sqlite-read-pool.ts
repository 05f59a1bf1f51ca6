import os from "node:os";
import { Worker } from "node:worker_threads";
import { readEnv } from "../config/env.ts";
import { bm25CachedExtension, lookupStarts } from "./bm25-cached-extension.ts";
import type { Db } from "./create-db.ts";
import { dialectOfClient } from "./dialect.ts";

// Each thread holds one read-only connection, with bm25_cached loaded where it was built, and
// prepares each statement once. WAL (set by the migrations) lets these readers run beside the
// app's own connection and its writes. The driver is looked for from `lookupStarts()` in the
// thread: a bundler would turn a path resolved here into a module number.
const READER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(require.resolve("better-sqlite3", { paths: workerData.from }));
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 30000 });
  db.pragma("cache_size = -16384");
  db.pragma("temp_store = MEMORY");
} catch (error) {
  // A plain Error: better-sqlite3's own class reaches the app without its message.
  throw new Error("cannot open " + workerData.file + ": " + error.message);
}
if (workerData.extension) {
  try {
    db.loadExtension(workerData.extension);
  } catch (error) {
    throw new Error("cannot load " + workerData.extension + ": " + error.message);
  }
}
const statements = new Map();
parentPort.on("message", ({ id, sql, values }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    parentPort.postMessage({ id, rows: statement.all(...values) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;

/**
 * Threads are stopped after this long without a statement (their connections and page caches
 * freed) and started again when needed, which costs the next search some 40 ms.
 */
const IDLE_MS = 10 * 60_000;
const MAX_THREADS = 4;

export interface SqliteReadPool {
  readonly size: number;
  /** Runs one read statement (SQLite's `?` placeholders) on the thread whose turn it is. */
  all<T>(sql: string, values: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A reader thread could not start or stopped: the caller should run the statement itself. */
export class ReaderThreadFailure extends Error {}

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

/** Threads reading one SQLite file, so that one query can be split across cores. */
export function openReadPool(file: string, size: number, onClose?: () => void): SqliteReadPool {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(READER_SOURCE, { eval: true, workerData: { file, extension: bm25CachedExtension(), from: lookupStarts() } });
    worker.unref();
    worker.on("message", ({ id, rows, error }: { id: number; rows?: unknown[]; error?: string }) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(`SQLite reader thread: ${error}`));
      else waiting?.resolve(rows!);
      if (pending.size === 0) idle();
    });
    worker.on("error", (error) => fail(new ReaderThreadFailure(`SQLite reader thread failed: ${error.message}`)));
    worker.on("exit", () => fail(new ReaderThreadFailure("SQLite reader thread stopped")));
    return worker;
  });

  function idle() {
    clearTimeout(idleTimer);
    for (const worker of workers) worker.unref();
    idleTimer = setTimeout(() => void pool.close(), IDLE_MS);
    idleTimer.unref();
  }

  function fail(error: ReaderThreadFailure) {
    if (!closed && !failure) {
      failure = error;
      console.warn(`${error.message}; searches now run on the app's one connection.`);
    }
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    void pool.close();
  }

  let turn = 0;
  function run(sql: string, values: readonly unknown[]): Promise<unknown[]> {
    if (closed) return Promise.reject(new ReaderThreadFailure("SQLite reader threads are closed"));
    clearTimeout(idleTimer);
    const worker = workers[turn++ % size]!;
    // Referenced while a statement is out, so that a script awaiting it does not exit.
    worker.ref();
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, sql, values });
    });
  }

  const pool: SqliteReadPool = {
    size,
    all<T>(sql: string, values: readonly unknown[]) {
      return run(sql, values) as Promise<T[]>;
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(idleTimer);
      onClose?.();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
  return pool;
}

const pools = new Map<string, SqliteReadPool>();
/** Set when a thread failed on its own: from then on this process reads on its own connection. */
let failure: ReaderThreadFailure | undefined;
const files = new WeakMap<object, Promise<string | null>>();

/** How many parts a search is split into (reader threads on SQLite, connections on PostgreSQL): SEARCH_THREADS, or one per core up to four; one means none. */
export function readThreads(env: Record<string, string | undefined> = process.env): number {
  return readEnv(env).searchThreads ?? Math.min(os.availableParallelism(), MAX_THREADS);
}

/**
 * The reader threads for a client's SQLite file, or null where they cannot help: PostgreSQL,
 * an in-memory database, a single core, or threads that failed before.
 */
export async function readPoolOf(db: Db): Promise<SqliteReadPool | null> {
  const threads = readThreads();
  if (dialectOfClient(db) !== "sqlite" || threads < 2 || failure) return null;
  if (!files.has(db)) files.set(db, mainFile(db));
  const file = await files.get(db)!;
  if (!file) return null;
  const key = `${threads}:${file}`;
  let pool = pools.get(key);
  if (!pool) {
    const opened = openReadPool(file, threads, () => pools.get(key) === opened && pools.delete(key));
    pools.set(key, (pool = opened));
  }
  return pool;
}

async function mainFile(db: Db): Promise<string | null> {
  const rows = await db.$queryRawUnsafe<{ name: string; file: string }[]>("PRAGMA database_list");
  return rows.find((row) => row.name === "main")?.file || null;
}
