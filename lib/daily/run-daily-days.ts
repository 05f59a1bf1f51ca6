import type { Db } from "../db/create-db.ts";
import { embedConcepts, embedPapers } from "../semantic/embed-papers.ts";
import { loadEmbedder } from "../semantic/embedder.ts";
import { embeddingSettings } from "../semantic/embedding-settings.ts";
import { daysToRun, type DaysRequest } from "./days-to-run.ts";
import { runDaily, type DailyOutcome, type DailyRunOptions } from "./run-daily.ts";

/** Embeds the concepts and papers that lack an embedding; null when no model is installed. */
export async function embedIfModel(db: Db): Promise<number | null> {
  const status = await loadEmbedder(embeddingSettings());
  if (!status.on) return null;
  await embedConcepts(db, status.embedder);
  return embedPapers(db, status.embedder);
}

export type DailyDaysResult =
  { ok: true; outcomes: DailyOutcome[]; skipped: string[] } | { ok: false; message: string };

/**
 * Runs the daily run for each day the request names that needs it, oldest first; one failed
 * day does not stop the next.
 */
export async function runDailyDays(
  db: Db,
  request: DaysRequest,
  options: DailyRunOptions & { now?: Date },
): Promise<DailyDaysResult> {
  const wanted = options.settings.scopeConcepts ?? [];
  const known = await db.concept.findMany({
    where: { slug: { in: wanted } },
    select: { slug: true },
  });
  const unknown = wanted.filter((slug) => !known.some((c) => c.slug === slug));
  if (unknown.length)
    return {
      ok: false,
      message:
        `DAILY_SCOPE_CONCEPTS names no concept ${unknown.join(", ")}; ` +
        "see /api/concepts for the list",
    };
  const plan = await daysToRun(db, request, options.now ?? new Date());
  if (!plan.ok) return plan;
  const outcomes: DailyOutcome[] = [];
  for (const day of plan.days) outcomes.push(await runDaily(db, day, options));
  return { ok: true, outcomes, skipped: plan.skipped };
}
