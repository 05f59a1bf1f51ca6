import type { Db } from "../db/create-db.ts";
import { dialectOfClient } from "../db/dialect.ts";
import { getDailyHealth } from "../queries/get-daily-status.ts";

/** One part of the health report: a name and what it reads; a part that throws marks the report unhealthy. */
export interface HealthSection {
  name: string;
  read(db: Db): Promise<unknown>;
}

/**
 * The last ingest run's state and counts, whatever its outcome (not its sources or errors, which
 * name files on the server).
 */
async function lastIngestRun(db: Db) {
  const run = await db.ingestRun.findFirst({
    where: { format: { not: "daily" } },
    orderBy: { id: "desc" },
    select: {
      id: true,
      format: true,
      status: true,
      dryRun: true,
      added: true,
      updated: true,
      unchanged: true,
      failed: true,
      startedAt: true,
      finishedAt: true,
    },
  });
  return run && {
    ...run,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/** The last ingest run, and when the daily run last ran and last succeeded. */
export const HEALTH_SECTIONS: HealthSection[] = [
  { name: "lastIngestRun", read: lastIngestRun },
  { name: "daily", read: getDailyHealth },
];

export interface HealthReport {
  status: "ok" | "unavailable";
  version: string;
  database: { dialect: string; reachable: boolean; changeVersion: number | null; error?: string };
  [section: string]: unknown;
}

/** Whether the database answers, which release this is, and each section's state. */
export async function healthReport(
  db: Db,
  version: string,
  sections: HealthSection[] = HEALTH_SECTIONS,
): Promise<HealthReport> {
  const dialect = dialectOfClient(db);
  try {
    const [row] = await db.changeVersion.findMany({ where: { id: 1 }, select: { version: true } });
    const report: HealthReport = {
      status: "ok",
      version,
      database: { dialect, reachable: true, changeVersion: row?.version ?? null },
    };
    for (const section of sections) report[section.name] = await section.read(db);
    return report;
  } catch (error) {
    // The message says what failed (refused connection, missing table) without paths or stacks.
    const reason = (error as Error).message
      .split("\n")
      .find(Boolean)
      ?.replace(/\/\S+/g, "…")
      .slice(0, 200);
    return {
      status: "unavailable",
      version,
      database: { dialect, reachable: false, changeVersion: null, error: reason },
    };
  }
}
