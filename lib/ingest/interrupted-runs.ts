import type { Db } from "../db/create-db.ts";

/**
 * Ends the ingest runs still marked running: called by a writer holding the write lock
 * (lib/db/write-lock.ts), when no other ingest can be going on, so their processes are gone.
 * Their counts stay as the inputs they stored left them.
 */
export async function markInterruptedRuns(db: Db): Promise<number[]> {
  const running = await db.ingestRun.findMany({
    where: { status: "running" },
    select: { id: true, errors: true },
  });
  for (const run of running) {
    const text =
      "the process stopped before the run finished; the counts are what its inputs stored";
    const errors = [
      ...(Array.isArray(run.errors) ? run.errors : []),
      { file: "", message: text, text },
    ];
    await db.ingestRun.update({
      where: { id: run.id },
      data: { status: "interrupted", finishedAt: new Date(), errors },
    });
  }
  return running.map((run) => run.id);
}
