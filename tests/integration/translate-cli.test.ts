// The translation commands as an operator runs them: ingest --translate on a day's arXiv feed,
// translate killed mid-run and resumed, translations:check and translations:export.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-db.ts";
import { getDigest } from "../../lib/queries/get-digest.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { startFakeChatServer, translateItems } from "../support/fake-chat-server.ts";
import { runScript } from "../support/run-cli.ts";
import { sqlite } from "../support/test-databases.ts";

// Today's feed as arXiv publishes it: RSS for cs.SD and eess.AS, English only.
const FEED = path.join("tests", "fixtures", "sources", "arxiv-rss-cs.SD+eess.AS-2025-08-07.xml");
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function chatEnv(script: Parameters<typeof startFakeChatServer>[0] = []) {
  const server = await startFakeChatServer(script);
  servers.push(server);
  return {
    server,
    env: {
      TRANSLATION_ENGINE: "openai",
      TRANSLATION_BASE_URL: server.baseUrl,
      TRANSLATION_MODEL: "test-model",
      TRANSLATION_CONCURRENCY: "1",
      MODELS_DIR: tempDir(),
    },
  };
}

describe("translation commands", () => {
  it("ingest --translate gives every paper of today's arXiv feed a checked, labelled, sentence-aligned Korean title and abstract", async () => {
    const url = await sqlite.freshUrl();
    const { env, server } = await chatEnv();
    const run = await runScript("scripts/ingest.ts", [FEED, "--translate"], {
      DATABASE_URL: url,
      ...env,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Translating with openai \(test-model\), glossary [0-9a-f]{12}\./);
    expect(run.stdout).toMatch(/Translated 11 of 11 paper\(s\); failed 0; skipped 0\./);
    expect(run.stdout).toMatch(/Recorded as translation run 1\./);
    expect(server.requests).toHaveLength(11);
    const db = createDb(url);
    const digest = (await getDigest(db, "2025-08-07"))!;
    expect(digest.papers).toHaveLength(11);
    for (const listed of digest.papers) {
      const paper = (await getPaper(db, { id: listed.id }))!;
      expect(paper.titleKo).toMatch(/\p{Script=Hangul}/u);
      expect(paper.sentencesKo).toHaveLength(paper.sentencesEn.length);
      expect(paper.alignment.every((pair, i) => pair.en[0] === i && pair.ko[0] === i)).toBe(true);
      expect(paper.translation).toMatchObject({
        method: "machine",
        machine: { engine: "openai", model: "test-model" },
      });
      expect(Array.isArray(paper.translation!.checks)).toBe(true);
    }
    // A second run of the same feed asks for nothing more.
    const again = await runScript("scripts/ingest.ts", [FEED, "--translate"], {
      DATABASE_URL: url,
      ...env,
    });
    expect(again.stdout).toMatch(/Translated 0 of 0 paper\(s\)/);
    await db.$disconnect();
  });

  it("says how to turn translation on when no engine is configured", async () => {
    const url = await sqlite.freshUrl();
    const run = await runScript("scripts/ingest.ts", [FEED, "--translate"], {
      DATABASE_URL: url,
      TRANSLATION_ENGINE: "off",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Translation is off: set TRANSLATION_ENGINE=openai/);
    const bad = await runScript("scripts/translate.ts", ["--all-missing", "--engine", "deepl"], {
      DATABASE_URL: url,
      TRANSLATION_ENGINE: "off",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/TRANSLATION_API_KEY: is required for DeepL/);
    const usage = await runScript(
      "scripts/translate.ts",
      ["--date", "2025-08-07", "--all-missing"],
      { DATABASE_URL: url },
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(
      /name exactly one of --date, --since, --paper, --all-missing\nusage: npm run translate/,
    );
  });

  it("a translate run killed mid-way keeps every paper it finished, half of none, and the next run finishes the rest", async () => {
    const url = await sqlite.freshUrl();
    const loaded = await runScript("scripts/ingest.ts", [FEED], {
      DATABASE_URL: url,
      TRANSLATION_ENGINE: "off",
    });
    expect(loaded.status).toBe(0);
    const { env, server } = await chatEnv([
      { reply: translateItems },
      { reply: translateItems },
      { hang: true },
    ]);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/translate.ts", "--date", "2025-08-07"],
      { env: { ...process.env, DATABASE_URL: url, ...env } },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await server.received(3);
    child.kill("SIGKILL");
    await exited;

    const db = createDb(url);
    expect(await db.paper.count({ where: { translationMethod: "machine" } })).toBe(2);
    expect(await db.paper.count({ where: { abstractKo: null, titleKo: null } })).toBe(9);
    expect(await db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    const run = await db.translationRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "running", planned: 11, translated: 2 });

    const rerun = await runScript("scripts/translate.ts", ["--date", "2025-08-07"], {
      DATABASE_URL: url,
      ...env,
    });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(
      `Translation run(s) ${run.id} had been stopped before they finished; marked interrupted.`,
    );
    expect(rerun.stdout).toMatch(/Translated 9 of 9 paper\(s\)/);
    expect(await db.paper.count({ where: { translationMethod: "machine" } })).toBe(11);
    expect(await db.translationRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      status: "interrupted",
      translated: 2,
      finishedAt: expect.any(Date),
    });
    await db.$disconnect();
  });

  it("translations:check reports findings and translations:export writes what ingest reads back", async () => {
    const url = await sqlite.freshUrl();
    const { env } = await chatEnv();
    await runScript("scripts/ingest.ts", [FEED, "--translate"], { DATABASE_URL: url, ...env });
    const check = await runScript("scripts/translations-check.ts", ["--all"], {
      DATABASE_URL: url,
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^11 translation\(s\), 11 checked now; \d+ with findings/m);

    const out = path.join(tempDir(), "review.jsonl");
    const exported = await runScript(
      "scripts/translations-export.ts",
      ["--date", "2025-08-07", "--format", "jsonl", "--machine-only", "--out", out],
      { DATABASE_URL: url },
    );
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/Wrote 11 translation\(s\) to .*npm run ingest -- /);
    const rows = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatchObject({
      translation_method: "post-edited",
      made_by: expect.stringMatching(/^openai test-model /),
    });
    const imported = await runScript("scripts/ingest.ts", [out], {
      DATABASE_URL: url,
      TRANSLATION_ENGINE: "off",
    });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/added 0, updated 11, unchanged 0, failed 0/);
    const db = createDb(url);
    expect(await db.paper.count({ where: { translationMethod: "post-edited" } })).toBe(11);
    await db.$disconnect();

    const query = await runScript("scripts/translations-export.ts", ["--query", "speech"], {
      DATABASE_URL: url,
    });
    expect(query.status, query.stderr).toBe(0);
    expect(query.stdout.split("\n")[0]).toBe(
      "arxiv_id,title,title_ko,authors,categories,published,comment,abstract,abstract_ko,translation_method,translation_by,made_by,checks",
    );
  });
});
