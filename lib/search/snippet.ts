import { findInlineMath } from "../text/inline-math.ts";
import { tokenSpans } from "./search-tokens.ts";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WINDOW = 260;

/** Where the phrases occur in the text, as merged [start, end) ranges. */
export function matchRanges(text: string, phrases: string[][]): [number, number][] {
  const tokens = tokenSpans(text);
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((token, j) => tokens[i + j]!.token === token)) ranges.push([tokens[i]!.start, tokens[i + phrase.length - 1]!.end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Which positions of `text` lie outside inline math and TeX braces: an excerpt may only start or end there, so its markup still reads. */
function topLevel(text: string): (at: number) => boolean {
  const inside = new Uint8Array(text.length + 1);
  for (const m of findInlineMath(text)) inside.fill(1, m.start, m.end);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "{") depth++;
    else if (text[i] === "}") depth = Math.max(0, depth - 1);
    if (depth > 0) inside[i] = 1;
  }
  return (at) => inside[at] === 0;
}

/** The first space from `at` going forward (1) or back (-1) where `ok` holds; -1 when none. */
function spaceFrom(text: string, at: number, step: 1 | -1, ok: (at: number) => boolean): number {
  for (let i = at; i >= 0 && i < text.length; i += step) if (text[i] === " " && ok(i)) return i;
  return -1;
}

/** A window of about 260 characters around the densest matches, split into plain and matched parts. */
export function snippet(text: string | null, phrases: string[][]): SnippetPart[] {
  if (!text) return [];
  const ranges = matchRanges(text, phrases);
  const outside = topLevel(text);
  let start = 0;
  if (ranges.length > 0 && text.length > WINDOW) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < ranges.length; i++) {
      const count = ranges.filter(([s, e]) => s >= ranges[i]![0] && e <= ranges[i]![0] + WINDOW).length;
      if (count > bestCount) [best, bestCount] = [i, count];
    }
    // Start a little before the first match, at a word boundary outside markup.
    start = Math.max(0, ranges[best]![0] - 60);
    if (start > 0) start = spaceFrom(text, start, 1, outside) + 1 || start;
  }
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) {
    const space = spaceFrom(text, end, -1, outside);
    end = space > start ? space : end;
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "… ", match: false });
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  if (end < text.length) parts.push({ text: " …", match: false });
  return parts;
}
