import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { runScript } from "../support/run-cli.ts";
import { testDialects } from "../support/test-databases.ts";

const RECORDS = 15_000;

async function writeBigJsonl(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < RECORDS; i++) {
    const id = `2601.${String(10000 + i).padStart(5, "0")}`;
    out.write(`${JSON.stringify({ arxiv_id: id, title: `Scaling study ${i}`, authors: [`Author ${i % 997}`], categories: "cs.CL cs.LG", abstract: `We study scaling ${i}. `.repeat(20), date: "2026-01-15" })}\n`);
  }
  await new Promise((resolve) => out.end(resolve));
}

describe.each(testDialects())("an ingest killed mid-run on $dialect", ({ freshUrl }) => {
  it("leaves everything stored before intact and nothing of the interrupted file", async () => {
    const url = await freshUrl();
    await applyMigrations(url);
    const db = createDb(url);
    await ingest(db, { paths: [path.join("content", "digests", "2025-08-19.yaml")] });
    const before = await getPaper(db, { arxivId: "2508.11661" });
    const stored = await db.paper.count();
    const file = path.join(tempDir(), "big.jsonl");
    await writeBigJsonl(file);

    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", file], { env: { ...process.env, DATABASE_URL: url } });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        // The first progress line means the transaction is open and papers are being written.
        if (chunk.toString().includes("records read")) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", (code) => reject(new Error(`ingest ended (${code}) before it could be killed`)));
    });
    await new Promise((resolve) => child.on("exit", resolve));

    expect(await db.paper.count()).toBe(stored);
    expect(await getPaper(db, { arxivId: "2508.11661" })).toEqual(before);
    expect(await db.digest.count()).toBe(1);
    if (url.startsWith("file:")) expect(await db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);

    const rerun = await runScript("scripts/ingest.ts", [file], { DATABASE_URL: url });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(await db.paper.count()).toBe(stored + RECORDS);
    await db.$disconnect();
  }, 240_000);
});
