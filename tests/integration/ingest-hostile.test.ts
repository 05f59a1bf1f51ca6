import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { listIngestRuns } from "../../lib/queries/list-ingest-runs.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { runScript } from "../support/run-cli.ts";
import { testDialects } from "../support/test-databases.ts";

const record = (i: number) =>
  JSON.stringify({
    arxiv_id: `2602.${String(10000 + i).padStart(5, "0")}`,
    title: `Hostile run study ${i}`,
    authors: ["A. Author"],
    categories: "cs.CL",
    abstract: `We study ${i}. `.repeat(20),
    date: "2026-02-01",
  });

function hostileFolder(): string {
  const dir = tempDir();
  writeFileSync(
    path.join(dir, "a-entities.xml"),
    `<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&b;</title></entry></feed>\n`,
  );
  writeFileSync(
    path.join(dir, "b-deep.xml"),
    `<feed xmlns="http://www.w3.org/2005/Atom">${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}</feed>\n`,
  );
  writeFileSync(path.join(dir, "c-good.jsonl"), `${[1, 2, 3].map(record).join("\n")}\n`);
  return dir;
}

describe.each(testDialects())("hostile inputs to npm run ingest on $dialect", ({ freshUrl }) => {
  it("reports a file with entities or deep nesting, goes on with the next, and ends the run", async () => {
    const url = await freshUrl();
    const folder = hostileFolder();
    const result = await runScript("scripts/ingest.ts", [folder], { DATABASE_URL: url });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /a-entities\.xml: declares a document type or entities \(line 2: <!DOCTYPE>\), which PaperBridge does not read; nothing from it was written/,
    );
    expect(result.stderr).toMatch(
      /b-deep\.xml: nests elements deeper than 32 levels; nothing from it was written/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const db = createDb(url);
    expect(await db.paper.count()).toBe(3);
    expect(
      await db.ingestRun.findMany({
        select: { status: true, added: true, failed: true, finishedAt: true },
      }),
    ).toEqual([{ status: "partial", added: 3, failed: 0, finishedAt: expect.any(Date) }]);
    // The record keeps the path the operator gave; the public API names the files only.
    expect((await db.ingestRun.findFirstOrThrow()).source).toBe(folder);
    const shown = JSON.stringify(await listIngestRuns(db, 5));
    expect(shown).not.toContain(path.dirname(folder));
    expect(shown).toMatch(/"file":"a-entities\.xml".*"file":"b-deep\.xml"/);
    await db.$disconnect();
  });

  it("fails, saying so, on a folder with no input files", async () => {
    const url = await freshUrl();
    const empty = path.join(tempDir(), "empty");
    mkdirSync(empty);
    writeFileSync(path.join(tempDir(), "notes.bin"), "x");
    const result = await runScript("scripts/ingest.ts", [empty], { DATABASE_URL: url });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${empty}: holds no file PaperBridge reads (.yaml .yml .xml`);
  });

  it("a killed run keeps the counts of the inputs it stored, and the next writer marks it interrupted", async () => {
    const url = await freshUrl();
    await applyMigrations(url);
    const dir = tempDir();
    const first = path.join(dir, "a-first.jsonl");
    writeFileSync(first, `${[1, 2, 3].map(record).join("\n")}\n`);
    const big = path.join(dir, "b-big.jsonl");
    const out = createWriteStream(big);
    for (let i = 100; i < 20_100; i++) out.write(`${record(i)}\n`);
    await new Promise((resolve) => out.end(resolve));

    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", first, big], {
      env: { ...process.env, DATABASE_URL: url },
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        // The big file is being read: the first one's transaction has committed.
        if (chunk.toString().includes("b-big.jsonl: 10000 records read")) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", (code) =>
        reject(new Error(`ingest ended (${code}) before it could be killed`)),
      );
    });
    await new Promise((resolve) => child.on("exit", resolve));
    const db = createDb(url);
    expect(await db.ingestRun.findMany({ select: { status: true, added: true } })).toEqual([
      { status: "running", added: 3 },
    ]);

    const next = await runScript("scripts/ingest.ts", [first], { DATABASE_URL: url });
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toMatch(
      /Ingest run\(s\) 1 had been stopped before they finished; marked interrupted\./,
    );
    const runs = await db.ingestRun.findMany({
      orderBy: { id: "asc" },
      select: { status: true, added: true, unchanged: true, finishedAt: true },
    });
    expect(runs).toEqual([
      { status: "interrupted", added: 3, unchanged: 0, finishedAt: expect.any(Date) },
      { status: "succeeded", added: 0, unchanged: 3, finishedAt: expect.any(Date) },
    ]);
    expect(await db.paper.count()).toBe(3);
    await db.$disconnect();
  }, 240_000);
});
