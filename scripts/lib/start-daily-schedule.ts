import { Writable } from "node:stream";
import type { AppEnv } from "../../lib/config/env.ts";
import { embedIfModel, runDailyDays } from "../../lib/daily/run-daily-days.ts";
import { scheduleDaily, type DailySchedule } from "../../lib/daily/schedule-daily.ts";
import { configuredTranslation } from "../../lib/daily/translation-stage.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { WriteLockTimeout } from "../../lib/db/write-lock.ts";
import { reportDaily } from "./daily-report.ts";
import { asWriter } from "./write-session.ts";

/** A stream that hands each line written to it to `log`. */
function lineStream(log: (line: string) => void): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split(/[\r\n]+/)) if (line.trim()) log(line);
      done();
    },
  });
}

/**
 * The schedule `npm start` keeps when DAILY_SCHEDULE asks for one: each turn, as the database's
 * one writer, catches up the listing days not yet published, as `npm run daily` does. A turn
 * that cannot get the database within WRITE_LOCK_TIMEOUT is skipped. Null without a schedule.
 */
export function startDailySchedule(
  env: AppEnv,
  log: (line: string) => void = console.log,
): DailySchedule | null {
  const { daily } = env;
  if (!daily.schedule) return null;
  const turn = async () => {
    const db = createDb(env.databaseUrl);
    try {
      const result = await runDailyDays(
        db,
        { catchUp: daily.catchUpDays },
        {
          settings: daily,
          translation: await configuredTranslation(env.translation, log),
          embed: embedIfModel,
          log,
        },
      );
      if (result.ok) reportDaily(result, log, log);
      else log(`daily run: ${result.message}`);
    } finally {
      await db.$disconnect();
    }
  };
  const schedule = scheduleDaily(
    daily.schedule,
    daily.timezone,
    async () => {
      try {
        await asWriter(env.databaseUrl, turn, {
          out: lineStream(log),
          command: "daily run (npm start's schedule)",
        });
      } catch (error) {
        if (!(error instanceof WriteLockTimeout)) throw error;
        log(`daily run: this turn is skipped: ${error.message}`);
      }
    },
    log,
  );
  log(
    `Daily run scheduled (${daily.schedule}, ${daily.timezone}); ` +
      `next at ${schedule.next()?.toISOString() ?? "never"}.`,
  );
  return schedule;
}
