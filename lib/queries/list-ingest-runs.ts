import type { Db } from "../db/create-db.ts";
import { withoutServerFolders } from "./without-server-folders.ts";

export interface IngestRunView {
  id: number;
  source: string;
  format: string;
  status: string;
  dryRun: boolean;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: unknown;
  startedAt: string;
  finishedAt: string | null;
}

/** The most recent ingest runs, newest first, with the files they name cut to their names. */
export async function listIngestRuns(db: Db, limit: number): Promise<IngestRunView[]> {
  const rows = await db.ingestRun.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((row) =>
    withoutServerFolders({
      ...row,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    }),
  );
}
