export interface TextMark {
  start: number;
  end: number;
  /** Shown on hover and read by screen readers. */
  label: string;
}

/** Splits [from, to) of `text` into plain runs and marked runs. */
function runs(text: string, from: number, to: number, marks: TextMark[]) {
  const out: { text: string; mark?: TextMark }[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to || mark.start < at) continue;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start) });
    out.push({ text: text.slice(mark.start, Math.min(mark.end, to)), mark });
    at = Math.min(mark.end, to);
  }
  if (at < to) out.push({ text: text.slice(at, to) });
  return out;
}

/**
 * Running text in one language: paragraphs separated by blank lines, each marked with its lang.
 * Marks (offsets into the whole text) highlight terms, e.g. the evidence for a concept.
 */
export function LangText({ text, lang, className = "", marks = [] }: { text: string; lang: "en" | "ko"; className?: string; marks?: TextMark[] }) {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const paragraphs: { from: number; to: number }[] = [];
  for (let from = 0; from <= text.length; ) {
    const next = text.indexOf("\n\n", from);
    const to = next === -1 ? text.length : next;
    paragraphs.push({ from, to });
    from = to + 2;
  }
  return (
    <div lang={lang} className={`space-y-3 leading-relaxed ${className}`}>
      {paragraphs.map(({ from, to }) => (
        <p key={from}>
          {runs(text, from, to, sorted).map((run, i) =>
            run.mark ? (
              <mark key={i} title={run.mark.label} className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">
                {run.text}
              </mark>
            ) : (
              run.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
