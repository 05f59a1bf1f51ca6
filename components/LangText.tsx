import { textRuns } from "@/lib/text/text-runs";

export interface TextMark {
  start: number;
  end: number;
  /** Shown on hover and read by screen readers. */
  label: string;
}

/**
 * Running text in one language: paragraphs separated by blank lines, each marked with its lang.
 * Marks (offsets into the whole text) highlight terms, e.g. the evidence for a concept.
 */
export function LangText({ text, lang, className = "", marks = [] }: { text: string; lang: "en" | "ko"; className?: string; marks?: TextMark[] }) {
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
          {textRuns(text, marks, from, to).map((run) =>
            run.span ? (
              <mark key={run.start} title={run.span.label} className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">
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
