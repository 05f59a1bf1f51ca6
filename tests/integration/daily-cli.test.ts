import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "../../lib/config/env.ts";
import { latestListingDay } from "../../lib/daily/listing-days.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { getDigest } from "../../lib/queries/get-digest.ts";
import { startListingReplay, type ListingReplay } from "../../scripts/lib/listing-replay.ts";
import { startDailySchedule } from "../../scripts/lib/start-daily-schedule.ts";
import { runScript } from "../support/run-cli.ts";
import { sqlite } from "../support/test-databases.ts";

const replays: ListingReplay[] = [];
afterEach(async () => {
  await Promise.all(replays.splice(0).map((replay) => replay.close()));
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
    expect(result.stdout).toContain("Translation is off: no translation engine is configured.");
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
    await db.$disconnect();
  });

  it("is not kept without DAILY_SCHEDULE", () => {
    expect(startDailySchedule(readEnv({}), () => {})).toBeNull();
  });
});
