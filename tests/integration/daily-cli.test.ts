import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "../../lib/config/env.ts";
import { latestListingDay } from "../../lib/daily/listing-days.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { getDigest } from "../../lib/queries/get-digest.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { startListingReplay, type ListingReplay } from "../../scripts/lib/listing-replay.ts";
import { startDailySchedule } from "../../scripts/lib/start-daily-schedule.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { startFakeChatServer } from "../support/fake-chat-server.ts";
import { holdLock } from "../support/hold-write-lock.ts";
import { runScript } from "../support/run-cli.ts";
import { sqlite } from "../support/test-databases.ts";

const replays: ListingReplay[] = [];
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all([...replays.splice(0), ...servers.splice(0)].map((server) => server.close()));
});

async function replay(): Promise<ListingReplay> {
  const started = await startListingReplay();
  replays.push(started);
  return started;
}

describe("npm run daily", () => {
  it("publishes a replayed day, three seconds between calls to arXiv, and says what it found", async () => {
    const served = await replay();
    const url = await sqlite.freshUrl();
    const result = await runScript("scripts/daily.ts", ["--date", "2025-05-20"], {
      DATABASE_URL: url,
      ...served.env,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("2025-05-20: arXiv cs.CL feed: 254 entries");
    expect(result.stdout).toMatch(
      /2025-05-20: \d+ of 277 new papers in scope; digest created: \d+ papers, 0 with Korean; \d+ concepts new to the digests\. Ingest run 1\./,
    );
    expect(result.stdout).toContain("Translation is off: set TRANSLATION_ENGINE=openai");
    expect(result.stdout).toContain(
      "2025-05-20: no translation engine is configured; papers keep the Korean they have",
    );
    const feeds = served.requests.filter((r) => r.path.startsWith("/rss/"));
    expect(feeds.map((r) => r.path)).toEqual(["/rss/cs.CL", "/rss/cs.LG", "/rss/cs.AI"]);
    expect(feeds[1]!.at - feeds[0]!.at).toBeGreaterThanOrEqual(2900);
    const db = createDb(url);
    expect((await getDigest(db, "2025-05-20"))!.papers.length).toBeGreaterThan(150);
    await db.$disconnect();
  });

  it("refuses what it cannot run, naming the reason", async () => {
    const url = await sqlite.freshUrl();
    const weekend = await runScript("scripts/daily.ts", ["--date", "2025-05-24"], {
      DATABASE_URL: url,
    });
    expect(weekend.status).toBe(2);
    expect(weekend.stderr).toContain(
      "2025-05-24 is a Saturday: arXiv dates its listings Monday to Friday",
    );
    const both = await runScript(
      "scripts/daily.ts",
      ["--date", "2025-05-20", "--since", "2025-05-19"],
      { DATABASE_URL: url },
    );
    expect([both.status, both.stderr.split("\n")[0]]).toEqual([
      2,
      "give --date or --since, not both",
    ]);
    const schedule = await runScript("scripts/daily.ts", [], {
      DATABASE_URL: url,
      DAILY_SCHEDULE: "at dawn",
    });
    expect(schedule.status).not.toBe(0);
    expect(schedule.stderr).toContain('DAILY_SCHEDULE: must be "off", "on" or a cron expression');
  });
});

describe("npm run daily with a translation engine", () => {
  it("translates the day's papers in scope as npm run translate does, and a second run asks nothing more", async () => {
    const served = await replay();
    const chat = await startFakeChatServer();
    servers.push(chat);
    const url = await sqlite.freshUrl();
    const env = {
      DATABASE_URL: url,
      ...served.env,
      TRANSLATION_ENGINE: "openai",
      TRANSLATION_BASE_URL: chat.baseUrl,
      TRANSLATION_MODEL: "test-model",
      MODELS_DIR: tempDir(),
    };
    const result = await runScript("scripts/daily.ts", ["--date", "2025-05-20"], env);
    expect(result.status, result.stderr).toBe(0);
    const db = createDb(url);
    const digest = (await getDigest(db, "2025-05-20"))!;
    const published = digest.papers.length;
    expect(result.stdout).toContain(
      `2025-05-20: translation run 1: translated ${published} of ${published}, failed 0`,
    );
    expect(result.stdout).toContain(
      `digest created: ${published} papers, ${published} with Korean`,
    );
    expect(result.stdout).not.toContain("Translation is off");
    expect(chat.requests).toHaveLength(published);
    for (const listed of digest.papers.slice(0, 5)) {
      const paper = (await getPaper(db, { id: listed.id }))!;
      expect(paper.titleKo).toMatch(/\p{Script=Hangul}/u);
      expect(paper.sentencesKo).toHaveLength(paper.sentencesEn.length);
      expect(paper.translation).toMatchObject({
        method: "machine",
        machine: { engine: "openai", model: "test-model" },
      });
      expect(Array.isArray(paper.translation!.checks)).toBe(true);
    }
    const [run] = await db.translationRun.findMany();
    expect(run).toMatchObject({
      scope: "daily run 1 of 2025-05-20",
      status: "succeeded",
      translated: published,
    });
    const daily = await db.ingestRun.findFirstOrThrow({ where: { format: "daily" } });
    expect(daily.details).toMatchObject({
      translation: "openai test-model",
      translated: published,
    });

    const again = await runScript("scripts/daily.ts", ["--date", "2025-05-20"], env);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      `digest unchanged: ${published} papers, ${published} with Korean`,
    );
    expect(chat.requests).toHaveLength(published);
    await db.$disconnect();
  });
});

describe("npm run daily as the database's one writer", () => {
  it("ends a daily run a killed process left running, and waits for another writer, naming it", async () => {
    const served = await replay();
    const url = await sqlite.freshUrl();
    await applyMigrations(url);
    const db = createDb(url);
    // What a daily run killed mid-way leaves: its record, still running.
    const killed = await db.ingestRun.create({
      data: {
        source: "daily run",
        format: "daily",
        date: "2025-05-19",
        status: "running",
        errors: [],
      },
    });
    const env = { DATABASE_URL: url, ...served.env, WRITE_LOCK_TIMEOUT: "1" };
    const lock = await holdLock(url);
    const refused = await runScript("scripts/daily.ts", ["--date", "2025-05-20"], env);
    lock.release();
    await lock.done;
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(`Waiting for the database: pid ${process.pid}`);
    expect(refused.stderr).toContain("(test holder)");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await db.ingestRun.count({ where: { format: "daily" } })).toBe(1);

    const result = await runScript("scripts/daily.ts", ["--date", "2025-05-20"], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `Ingest run(s) ${killed.id} had been stopped before they finished; marked interrupted.`,
    );
    const runs = await db.ingestRun.findMany({
      where: { format: "daily" },
      orderBy: { id: "asc" },
    });
    expect(runs.map((run) => [run.date, run.status])).toEqual([
      ["2025-05-19", "interrupted"],
      ["2025-05-20", "succeeded"],
    ]);
    expect(runs.every((run) => run.finishedAt !== null)).toBe(true);
    await db.$disconnect();
  });
});

describe("the schedule npm start keeps", () => {
  it("runs the daily run on its cron schedule and records each run", async () => {
    const served = await replay();
    const url = await sqlite.freshUrl();
    await applyMigrations(url);
    const env = readEnv({
      DATABASE_URL: url,
      DAILY_SCHEDULE: "* * * * * *",
      DAILY_TIMEZONE: "UTC",
      DAILY_CATCH_UP_DAYS: "1",
      ...served.env,
    });
    const lines: string[] = [];
    const db = createDb(url);
    const schedule = startDailySchedule(env, (line) => lines.push(line))!;
    try {
      expect(lines[0]).toMatch(/^Daily run scheduled \(\* \* \* \* \* \*, UTC\); next at \d{4}-/);
      // Real time: the first turn comes within a second; wait for the run it records to end.
      await expect
        .poll(
          () => db.ingestRun.findFirst({ where: { format: "daily", finishedAt: { not: null } } }),
          { timeout: 30_000, interval: 200 },
        )
        .toBeTruthy();
    } finally {
      await schedule.stop();
    }
    const run = await db.ingestRun.findFirstOrThrow({
      where: { format: "daily" },
      orderBy: { id: "asc" },
    });
    // The replayed services have no listing for the newest real day: the run finds nothing and says so.
    expect(run).toMatchObject({ status: "succeeded", date: latestListingDay(run.startedAt) });
    expect(served.requests.some((r) => r.path.startsWith("/api/daily_papers?date="))).toBe(true);
    expect(schedule.next()).toBeNull();
    // The server log says translation is off and how to turn it on; readers see none of it.
    expect(lines).toContainEqual(expect.stringMatching(/^Translation is off: set TRANSLATION_ENGINE=/));
    await db.$disconnect();
  });

  it("is not kept without DAILY_SCHEDULE", () => {
    expect(startDailySchedule(readEnv({}), () => {})).toBeNull();
  });
});
