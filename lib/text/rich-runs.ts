// Cutting rich runs (tex-text.ts) to a range of their source, laying spans over them (concept
// mentions, search matches) and reading them as plain text.
import { readableMath } from "./inline-math.ts";
import type { RichRun } from "./tex-text.ts";
import { texRuns } from "./tex-text.ts";
import { TEX_SYMBOLS } from "./tex-symbols.ts";

export interface Ranged {
  start: number;
  end: number;
}

/** The part of a verbatim run in [from, to) of the source. */
function cut(run: RichRun, from: number, to: number): RichRun {
  const start = Math.max(run.start, from);
  const end = Math.min(run.end, to);
  return { ...run, text: run.text.slice(start - run.start, end - run.start), start, end };
}

/**
 * The runs of [from, to): verbatim runs cut at its ends, other runs kept whole when they start
 * inside it.
 */
export function runsWithin(runs: RichRun[], from: number, to: number): RichRun[] {
  return runs.flatMap((run) => {
    if (run.verbatim) return run.end > from && run.start < to ? [cut(run, from, to)] : [];
    return run.start >= from && run.start < to ? [run] : [];
  });
}

/**
 * Spans by start, earlier first on ties, without those that overlap one taken before or are empty.
 */
function disjoint<T extends Ranged>(spans: T[]): T[] {
  const taken: T[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.end > span.start && (taken.length === 0 || span.start >= taken.at(-1)!.end))
      taken.push(span);
  }
  return taken;
}

export interface RunGroup<T> {
  /** The span these runs fall in; none for runs outside every span. */
  span?: T;
  runs: RichRun[];
}

/**
 * The runs in order, grouped by the span each falls in. Verbatim runs are cut where a span
 * starts or ends; any other run (a quote mark, math, a link) belongs to the span holding its start.
 */
export function groupBySpans<T extends Ranged>(runs: RichRun[], spans: T[]): RunGroup<T>[] {
  const taken = disjoint(spans);
  const bounds = taken.flatMap((s) => [s.start, s.end]);
  const groups: RunGroup<T>[] = [];
  for (const run of runs) {
    const cuts = run.verbatim ? bounds.filter((b) => b > run.start && b < run.end) : [];
    const pieces = [run.start, ...cuts].map((from, i) =>
      run.verbatim ? cut(run, from, cuts[i] ?? run.end) : run,
    );
    for (const piece of pieces) {
      const span = taken.find((s) => s.start <= piece.start && piece.start < s.end);
      const last = groups.at(-1);
      if (last && last.span === span) last.runs.push(piece);
      else groups.push(span ? { span, runs: [piece] } : { runs: [piece] });
    }
  }
  return groups;
}

/** A title or abstract as one line of plain text: markup read, math in Unicode where it can be. */
export function plainText(text: string): string {
  return texRuns(text)
    .map((run) => (run.math !== undefined ? readableMath(run.math, TEX_SYMBOLS) : run.text))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
