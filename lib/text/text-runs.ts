export interface Ranged {
  start: number;
  end: number;
}

export interface TextRun<T extends Ranged> {
  text: string;
  start: number;
  /** The span covering this run; none for plain text. */
  span?: T;
}

/**
 * Splits [from, to) of `text` into plain runs and runs covered by a span (offsets into the whole
 * text). Spans are taken by start, earlier first on ties; a span overlapping a taken one is dropped.
 */
export function textRuns<T extends Ranged>(text: string, spans: T[], from = 0, to = text.length): TextRun<T>[] {
  const sorted = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.start - b.span.start || a.i - b.i);
  const runs: TextRun<T>[] = [];
  let at = from;
  for (const { span } of sorted) {
    if (span.end <= from || span.start >= to || span.start < at || span.end <= span.start) continue;
    if (span.start > at) runs.push({ text: text.slice(at, span.start), start: at });
    const end = Math.min(span.end, to);
    runs.push({ text: text.slice(span.start, end), start: span.start, span });
    at = end;
  }
  if (at < to) runs.push({ text: text.slice(at, to), start: at });
  return runs;
}
