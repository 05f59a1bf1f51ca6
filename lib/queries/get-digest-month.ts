import type { Db } from "../db/create-db.ts";
import { addMonths, type Month } from "../dates/month-grid.ts";

export interface DigestMonth {
  month: Month;
  /** Days of the month that have a digest, with their paper counts. */
  days: Record<string, number>;
  /** The nearest earlier and later months that have a digest. */
  previousMonth: Month | null;
  nextMonth: Month | null;
}

export async function getDigestMonth(db: Db, month: Month): Promise<DigestMonth> {
  const start = `${month}-01`;
  const end = `${addMonths(month, 1)}-01`;
  const [inMonth, previous, next] = await Promise.all([
    db.digest.findMany({
      where: { date: { gte: start, lt: end } },
      select: { date: true, _count: { select: { entries: true } } },
    }),
    db.digest.findFirst({ where: { date: { lt: start } }, orderBy: { date: "desc" }, select: { date: true } }),
    db.digest.findFirst({ where: { date: { gte: end } }, orderBy: { date: "asc" }, select: { date: true } }),
  ]);
  return {
    month,
    days: Object.fromEntries(inMonth.map((d) => [d.date, d._count.entries])),
    previousMonth: previous ? previous.date.slice(0, 7) : null,
    nextMonth: next ? next.date.slice(0, 7) : null,
  };
}
