import type { DailyDetails } from "../daily/run-daily.ts";
import type { Db } from "../db/create-db.ts";

export interface DailyRunView {
  runId: number;
  date: string;
  finishedAt: string | null;
  details: DailyDetails;
  /** The concepts new in the digests that day, in taxonomy order. */
  newConcepts: { slug: string; nameEn: string; nameKo: string }[];
}

const DONE = ["succeeded", "partial"];

/** What the daily run of a day found: its newest run that published (or had nothing to publish). */
export async function getDailyRun(db: Db, date: string): Promise<DailyRunView | null> {
  const run = await db.ingestRun.findFirst({
    where: { format: "daily", date, status: { in: DONE } },
    orderBy: { id: "desc" },
  });
  if (!run?.details) return null;
  const details = run.details as unknown as DailyDetails;
  const concepts = await db.concept.findMany({
    where: { slug: { in: details.newConcepts } },
    select: { slug: true, nameEn: true, nameKo: true },
    orderBy: { position: "asc" },
  });
  return {
    runId: run.id,
    date: run.date!,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    details,
    newConcepts: concepts,
  };
}

export interface DailyHealth {
  /** The newest daily run, whatever its outcome. */
  lastRun: {
    id: number;
    date: string | null;
    status: string;
    startedAt: string;
    finishedAt: string | null;
  } | null;
  /** The newest daily run that published (or found nothing to publish). */
  lastSucceeded: { id: number; date: string | null; finishedAt: string | null } | null;
}

/** When the daily run last ran and last succeeded. */
export async function getDailyHealth(db: Db): Promise<DailyHealth> {
  const select = { id: true, date: true, status: true, startedAt: true, finishedAt: true } as const;
  const [last, succeeded] = await Promise.all([
    db.ingestRun.findFirst({ where: { format: "daily" }, orderBy: { id: "desc" }, select }),
    db.ingestRun.findFirst({
      where: { format: "daily", status: { in: DONE } },
      orderBy: { finishedAt: "desc" },
      select,
    }),
  ]);
  return {
    lastRun: last
      ? {
          id: last.id,
          date: last.date,
          status: last.status,
          startedAt: last.startedAt.toISOString(),
          finishedAt: last.finishedAt?.toISOString() ?? null,
        }
      : null,
    lastSucceeded: succeeded
      ? {
          id: succeeded.id,
          date: succeeded.date,
          finishedAt: succeeded.finishedAt?.toISOString() ?? null,
        }
      : null,
  };
}
