import type { ReactNode } from "react";
import { groupBySpans } from "@/lib/text/rich-runs";
import { texRuns, type RichRun, type TextStyle } from "@/lib/text/tex-text";
import { InlineMath } from "./InlineMath";

const STYLE_TAGS: Record<TextStyle, (children: ReactNode, key: number) => ReactNode> = {
  em: (c, key) => <em key={key}>{c}</em>,
  strong: (c, key) => <strong key={key}>{c}</strong>,
  italic: (c, key) => <i key={key}>{c}</i>,
  smallcaps: (c, key) => (
    <span key={key} className="[font-variant-caps:small-caps]">
      {c}
    </span>
  ),
  underline: (c, key) => <u key={key}>{c}</u>,
  code: (c, key) => (
    <code key={key} className="text-[0.9em]">
      {c}
    </code>
  ),
  sup: (c, key) => <sup key={key}>{c}</sup>,
  sub: (c, key) => <sub key={key}>{c}</sub>,
};

/**
 * Consecutive runs that share the style at `level` (or the link or its absence, at level -1), taken
 * together.
 */
function spansOf(runs: RichRun[], level: number): RichRun[][] {
  const key = (run: RichRun) => (level < 0 ? run.href : run.styles[level]);
  const out: RichRun[][] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && (level < 0 || key(run) !== undefined) && key(last[0]!) === key(run)) last.push(run);
    else out.push([run]);
  }
  return out;
}

function styled(runs: RichRun[], level: number): ReactNode[] {
  return spansOf(runs, level).map((group) => {
    const first = group[0]!;
    const style = first.styles[level];
    if (style) return STYLE_TAGS[style](styled(group, level + 1), first.start);
    return first.math !== undefined ? (
      <InlineMath key={first.start} tex={first.math} source={first.text} />
    ) : (
      first.text
    );
  });
}

/**
 * Runs of text-mode TeX as HTML: styles nested, links to http(s) only, math through KaTeX; text
 * always as text. A function rather than a component: the reader calls it for every sentence of
 * an abstract (thousands), and each component's output goes to the browser wrapped once more.
 */
export function runNodes(runs: RichRun[]): ReactNode[] {
  return spansOf(runs, -1).map((group) => {
    const { href, start } = group[0]!;
    if (!href) return styled(group, 0);
    return (
      <a
        key={start}
        href={href}
        rel="noopener noreferrer nofollow"
        className="break-all text-sky-700 underline underline-offset-2 dark:text-sky-400"
      >
        {styled(group, 0)}
      </a>
    );
  });
}

/**
 * A title or abstract written with TeX markup, rendered; `marks` ([start, end) of the source) are
 * highlighted.
 */
export function RichText({ text, marks = [] }: { text: string; marks?: [number, number][] }) {
  const groups = groupBySpans(
    texRuns(text),
    marks.map(([start, end]) => ({ start, end })),
  );
  return groups.map((group) =>
    group.span ? (
      <mark
        key={group.span.start}
        className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60"
      >
        {runNodes(group.runs)}
      </mark>
    ) : (
      runNodes(group.runs)
    ),
  );
}
