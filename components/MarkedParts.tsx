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
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
