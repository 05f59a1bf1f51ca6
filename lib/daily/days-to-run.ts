import type { Db } from "../db/create-db.ts";
import {
  isListingDay,
  lastListingDays,
  latestListingDay,
  listingDaysBetween,
} from "./listing-days.ts";

export type DaysRequest = { date: string } | { since: string } | { catchUp: number };

export type DaysPlan =
  { ok: true; days: string[]; skipped: string[] } | { ok: false; message: string };

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * The listing days a daily run handles, oldest first: the one asked for (`date`, run again even
 * when published), or those since a day or among the last few that have not been published yet:
 * days a failed or missed run left behind are caught up.
 */
export async function daysToRun(db: Db, request: DaysRequest, now: Date): Promise<DaysPlan> {
  const latest = latestListingDay(now);
  if ("date" in request) {
    if (!isListingDay(request.date)) {
      const weekday = WEEKDAYS[new Date(`${request.date}T00:00:00Z`).getUTCDay()];
      return {
        ok: false,
        message: `${request.date} is a ${weekday}: arXiv dates its listings Monday to Friday`,
      };
    }
    if (request.date > latest)
      return { ok: false, message: `${request.date} has no listing yet: the newest is ${latest}` };
    return { ok: true, days: [request.date], skipped: [] };
  }
  const wanted =
    "since" in request
      ? listingDaysBetween(request.since, latest)
      : lastListingDays(latest, request.catchUp);
  const done = await db.ingestRun.findMany({
    where: { format: "daily", status: { in: ["succeeded", "partial"] }, date: { in: wanted } },
    select: { date: true },
  });
  const published = new Set(done.map((run) => run.date));
  return {
    ok: true,
    days: wanted.filter((day) => !published.has(day)),
    skipped: wanted.filter((day) => published.has(day)),
  };
}
