import type { Db } from "../db/create-db.ts";
import { dialectOfClient } from "../db/dialect.ts";
import { listIngestRuns } from "../queries/list-ingest-runs.ts";

/** One part of the health report: a name and what it reads; a part that throws marks the report unhealthy. */
export interface HealthSection {
  name: string;
  read(db: Db): Promise<unknown>;
}

/** The last ingest run, whatever its outcome. Other parts (the daily run) are added to this list. */
export const HEALTH_SECTIONS: HealthSection[] = [
  { name: "lastIngestRun", read: async (db) => (await listIngestRuns(db, 1))[0] ?? null },
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
