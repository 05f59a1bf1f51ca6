import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { holdLock } from "../support/hold-write-lock.ts";
import { runScript } from "../support/run-cli.ts";
import { sampleDigests } from "../support/sample-content.ts";
import { testDialects } from "../support/test-databases.ts";

const DIGEST = path.join("content", "digests", "2025-08-19.yaml");
const DIGEST_PAPERS = sampleDigests().find((d) => d.date === "2025-08-19")!.papers.length;

describe.each(testDialects())("writers on one $dialect database", ({ freshUrl }) => {
  it("a second writer waits for the first, saying who holds the database, and goes on when it is done", async () => {
    const url = await freshUrl();
    await applyMigrations(url);
    const lock = await holdLock(url);
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", DIGEST], {
      env: { ...process.env, DATABASE_URL: url, WRITE_LOCK_TIMEOUT: "120" },
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const waiting = new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        if (stdout.includes("Waiting for the database")) resolve();
      }),
    );
    await waiting;
    expect(stdout).toContain(
      `Waiting for the database: pid ${process.pid} on ${os.hostname()} (test holder)`,
    );
    lock.release();
    await lock.done;
    const status = await new Promise((resolve) => child.on("exit", resolve));
    expect(status, stderr).toBe(0);
    const db = createDb(url);
    expect(await db.paper.count()).toBe(DIGEST_PAPERS);
    await db.$disconnect();
  });

  it("gives up only after WRITE_LOCK_TIMEOUT, naming the holder, with no stack trace", async () => {
    const url = await freshUrl();
    await applyMigrations(url);
    const lock = await holdLock(url);
    const result = await runScript("scripts/ingest.ts", [DIGEST], {
      DATABASE_URL: url,
      WRITE_LOCK_TIMEOUT: "1",
    });
    lock.release();
    await lock.done;
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: gave up waiting for the database after 1 s: pid ${process.pid} on ${os.hostname()} \\(test holder\\) since \\S+ is writing to it`,
      ),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("the translation commands wait their turn too; export keeps its output for the data", async () => {
    const url = await freshUrl();
    await applyMigrations(url);
    const lock = await holdLock(url);
    const env = { DATABASE_URL: url, WRITE_LOCK_TIMEOUT: "1" };
    const runs = await Promise.all([
      runScript("scripts/translate.ts", ["--all-missing", "--dry-run"], env),
      runScript("scripts/translations-check.ts", [], env),
      runScript("scripts/translations-export.ts", ["--since", "2025-01-01"], env),
    ]);
    lock.release();
    await lock.done;
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^error: gave up waiting for the database after 1 s: .*test holder/m);
    }
    expect(runs[2]!.stdout).toBe("");
    const db = createDb(url);
    expect(await db.translationRun.count()).toBe(0);
    await db.$disconnect();
  });

  it("start-up work run by several processes at once on a new database all succeeds", async () => {
    const url = await freshUrl();
    const runs = await Promise.all([
      runScript("scripts/retag.ts", [], { DATABASE_URL: url }),
      runScript("scripts/retag.ts", [], { DATABASE_URL: url }),
      runScript("scripts/ingest.ts", [DIGEST], { DATABASE_URL: url }),
      runScript("scripts/ingest.ts", [DIGEST], { DATABASE_URL: url }),
    ]);
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const db = createDb(url);
    expect(await db.paper.count()).toBe(DIGEST_PAPERS);
    expect(await db.concept.count()).toBeGreaterThan(100);
    expect(
      (await db.ingestRun.findMany({ select: { status: true } })).map((r) => r.status),
    ).toEqual(["succeeded", "succeeded"]);
    await db.$disconnect();
  }, 180_000);
});
