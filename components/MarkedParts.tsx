import { textRuns } from "@/lib/text/text-runs";
import type { SnippetPart } from "@/lib/search/snippet";

/** Text parts inline, the matched ones marked. */
export function MarkedParts({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** `text` split at the given [start, end) ranges. */
export function partsOf(text: string, ranges: [number, number][]): SnippetPart[] {
  return textRuns(
    text,
    ranges.map(([start, end]) => ({ start, end })),
  ).map((run) => ({ text: run.text, match: run.span !== undefined }));
}
