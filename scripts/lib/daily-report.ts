import type { DailyDaysResult } from "../../lib/daily/run-daily-days.ts";
import { formatIssue } from "../../lib/ingest/ingest-issue.ts";

/** Says what a daily run did, a line per day, and whether everything asked for was published. */
export function reportDaily(
  result: Extract<DailyDaysResult, { ok: true }>,
  out: (line: string) => void,
  err: (line: string) => void,
): boolean {
  if (result.skipped.length) out(`Already published: ${result.skipped.join(", ")}.`);
  if (result.outcomes.length === 0) out("Nothing to do: every listing day asked for is published.");
  for (const outcome of result.outcomes) {
    if (!outcome.ok) {
      err(
        `error: ${outcome.date}: ${outcome.error} ` +
          `(ingest run ${outcome.runId}; the next run tries the day again)`,
      );
      continue;
    }
    for (const issue of outcome.issues) err(`error: ${formatIssue(issue)}`);
    const d = outcome.details;
    const digest =
      d.digest === "none"
        ? "no digest (no paper in scope)"
        : `digest ${d.digest}: ${d.published} papers, ${d.translated} with Korean`;
    const concepts = d.newConcepts.length
      ? `; ${d.newConcepts.length} concepts new to the digests`
      : "";
    out(
      `${outcome.date}: ${d.inScope} of ${d.candidates} new papers in scope; ` +
        `${digest}${concepts}. Ingest run ${outcome.runId}.`,
    );
  }
  if (result.outcomes.some((o) => o.ok && o.details.embedded === null))
    out("Semantic features are off: no embedding model is installed (npm run models:pull).");
  return result.outcomes.every((o) => o.ok && o.issues.length === 0);
}
