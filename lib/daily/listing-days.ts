// arXiv's calendar: new submissions are announced at 20:00 US Eastern, Sunday to Thursday, and
// each announcement is the listing of the next day (Monday to Friday), the day its feeds carry.
// A listing holds what was submitted between two 14:00 deadlines on working days. Holidays on
// which arXiv skips an announcement are not known here: such a day's listing is just empty.

const ARXIV_ZONE = "America/New_York";
const ANNOUNCEMENT_HOUR = 20;
const DEADLINE_HOUR = 14;

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday to Friday: the days arXiv's listings are dated. */
export function isListingDay(date: string): boolean {
  const weekday = dayOf(date);
  return weekday >= 1 && weekday <= 5;
}

/** The calendar day and hour a moment is in a time zone. */
function zonedParts(moment: Date, zone: string): { date: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The UTC moment of a wall-clock hour on a day in a time zone (DST included). */
function zonedTime(date: string, hour: number, zone: string): Date {
  const guess = new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
  const seen = zonedParts(guess, zone);
  const offsetHours =
    (Date.parse(`${seen.date}T${String(seen.hour).padStart(2, "0")}:00:00Z`) - guess.getTime()) /
    3_600_000;
  return new Date(guess.getTime() - offsetHours * 3_600_000);
}

/** The newest listing arXiv had announced at `now`. */
export function latestListingDay(now: Date): string {
  const here = zonedParts(now, ARXIV_ZONE);
  // The announcement of listing D is made on D - 1, a Sunday to Thursday.
  let announced = here.hour >= ANNOUNCEMENT_HOUR ? here.date : addDays(here.date, -1);
  while (!isListingDay(addDays(announced, 1))) announced = addDays(announced, -1);
  return addDays(announced, 1);
}

/** Listing days from `from` to `to`, both included, oldest first. */
export function listingDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (isListingDay(day)) days.push(day);
  return days;
}

/** The `count` listing days up to and including `last`, oldest first. */
export function lastListingDays(last: string, count: number): string[] {
  const days: string[] = [];
  for (let day = last; days.length < count; day = addDays(day, -1))
    if (isListingDay(day)) days.unshift(day);
  return days;
}

const previousWorkingDay = (date: string) => {
  let day = addDays(date, -1);
  while (!isListingDay(day)) day = addDays(day, -1);
  return day;
};

const apiTime = (moment: Date) => moment.toISOString().replace(/[-:T]/g, "").slice(0, 12);

/**
 * The submission window of a listing day as the arXiv API's submittedDate range (UTC,
 * YYYYMMDDHHMM): from the deadline before the last one up to the last deadline before the
 * announcement.
 */
export function submissionWindow(listingDay: string): { from: string; to: string } {
  let lastDeadline = addDays(listingDay, -1);
  while (!isListingDay(lastDeadline)) lastDeadline = addDays(lastDeadline, -1);
  return {
    from: apiTime(zonedTime(previousWorkingDay(lastDeadline), DEADLINE_HOUR, ARXIV_ZONE)),
    to: apiTime(zonedTime(lastDeadline, DEADLINE_HOUR, ARXIV_ZONE)),
  };
}
