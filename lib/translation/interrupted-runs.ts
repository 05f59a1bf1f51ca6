import type { Db } from "../db/create-db.ts";

/**
 * Ends the translation runs still marked running: called by a writer holding the write lock
 * (lib/db/write-lock.ts), when no translation can be going on, so their processes are gone. Their
 * counts are what the papers they stored left them (each paper is counted as it is stored).
 */
export async function markInterruptedTranslationRuns(db: Db): Promise<number[]> {
  const running = await db.translationRun.findMany({
    where: { status: "running" },
    select: { id: true },
  });
  const ids = running.map((run) => run.id);
  if (ids.length > 0)
    await db.translationRun.updateMany({
      where: { id: { in: ids } },
      data: { status: "interrupted", finishedAt: new Date() },
    });
  return ids;
}
