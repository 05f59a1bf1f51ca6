import type { AppEnv } from "../../lib/config/env.ts";
import { embedIfModel, runDailyDays } from "../../lib/daily/run-daily-days.ts";
import { scheduleDaily, type DailySchedule } from "../../lib/daily/schedule-daily.ts";
import { configuredTranslation } from "../../lib/daily/translation-stage.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { reportDaily } from "./daily-report.ts";

/**
 * The schedule `npm start` keeps when DAILY_SCHEDULE asks for one: each turn catches up the
 * listing days not yet published, as `npm run daily` does. Null without a schedule.
 */
export function startDailySchedule(
  env: AppEnv,
  log: (line: string) => void = console.log,
): DailySchedule | null {
  const { daily } = env;
  if (!daily.schedule) return null;
  const schedule = scheduleDaily(
    daily.schedule,
    daily.timezone,
    async () => {
      const db = createDb(env.databaseUrl);
      try {
        const result = await runDailyDays(
          db,
          { catchUp: daily.catchUpDays },
          { settings: daily, translation: configuredTranslation(), embed: embedIfModel, log },
        );
        if (result.ok) reportDaily(result, log, log);
        else log(`daily run: ${result.message}`);
      } finally {
        await db.$disconnect();
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
