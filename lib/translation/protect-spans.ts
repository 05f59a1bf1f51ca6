// What must survive translation unchanged (inline LaTeX, URLs, code, numbers with their units,
// model and dataset names, acronyms) is swapped for numbered markers before an engine sees the
// text and put back after; a rendering whose markers did not all come back exactly once fails.
// Markers are private-use characters; each engine writes them in a form it keeps intact.
import { findInlineMath } from "../text/inline-math.ts";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = /\uE000(\d+)\uE001/g;

export const marker = (id: number) => `${OPEN}${id}${CLOSE}`;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;
const CODE = /`[^`\n]{1,200}`/g;
// Names and acronyms: a word part in capitals (GPT, KV), with a capital inside (LoRA, SamKV) or
// mixing letters and digits (GPT-4o, bge-m3, Qwen2.5-7B), with its hyphenated or dotted parts;
// a trailing common word stays text ("RAG-based" protects "RAG").
const NAME = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const UNIT = String.raw`(?:%|×|x\b|[KMBT]\b|k\b|ms\b|s\b|[GMKT]i?B\b|FLOPs\b|pp\b|dB\b|[kM]?Hz\b|°C\b)`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])[-+]?\d+(?:[.,]\d+)*(?:\s?${UNIT}|(?![\p{L}\p{N}]))`,
  "gu",
);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const TRAILING_WORD =
  /[-_](?:based|generated|driven|style|like|aware|free|level|specific|powered|centric|only|guided|assisted|augmented|enhanced|oriented|scale|sized?|wise|tuned|trained)$/;

/** The part of `word` that is a name, or "" when it is an ordinary word. */
function namePart(word: string): string {
  if (!/\p{L}/u.test(word) || ORDINAL.test(word)) return "";
  const parts = word.split(/[-_.]/);
  const named =
    parts.some((p) => /^\p{Lu}{2,}/u.test(p) || /^.+\p{Lu}/u.test(p)) ||
    (/\p{L}/u.test(word) && /\d/.test(word));
  if (!named) return "";
  let name = word;
  while (TRAILING_WORD.test(name)) name = name.replace(TRAILING_WORD, "");
  return name;
}

interface Span {
  start: number;
  end: number;
}

/** Protected spans of `text`, in order, without overlaps (earlier kinds win). */
export function protectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  const add = (start: number, end: number) => free(start, end) && spans.push({ start, end });
  for (const m of findInlineMath(text)) add(m.start, m.end);
  for (const re of [URL, CODE])
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(NAME)) {
    const name = namePart(m[0]);
    if (name) add(m.index, m.index + name.length);
  }
  for (const m of text.matchAll(NUMBER)) add(m.index, m.index + m[0].length);
  return spans.sort((a, b) => a.start - b.start);
}

export interface ProtectedText {
  /** The text with markers in place of protected spans. */
  text: string;
  /** Marker id -> the original span. */
  originals: Map<number, string>;
}

/** Replaces protected spans with markers numbered from `firstId`. */
export function protect(text: string, firstId: number): ProtectedText {
  const originals = new Map<number, string>();
  let out = "";
  let at = 0;
  let id = firstId;
  for (const span of protectedSpans(text)) {
    out += text.slice(at, span.start) + marker(id);
    originals.set(id, text.slice(span.start, span.end));
    at = span.end;
    id += 1;
  }
  return { text: out + text.slice(at), originals };
}

export type Restored = { ok: true; text: string } | { ok: false; problem: string };

/** Puts the originals back; fails unless every marker of the source came back exactly once. */
export function restore(rendering: string, source: ProtectedText): Restored {
  const seen = new Map<number, number>();
  for (const m of rendering.matchAll(MARKER))
    seen.set(Number(m[1]), (seen.get(Number(m[1])) ?? 0) + 1);
  const foreign = [...seen.keys()].filter((id) => !source.originals.has(id));
  if (foreign.length)
    return { ok: false, problem: `has placeholders of other sentences (${foreign.join(", ")})` };
  const lost = [...source.originals.keys()].filter((id) => seen.get(id) !== 1);
  if (lost.length) {
    const spans = lost.map((id) => `"${source.originals.get(id)}"`).join(", ");
    return { ok: false, problem: `did not keep ${spans} exactly once` };
  }
  return {
    ok: true,
    text: rendering.replace(MARKER, (_, id: string) => source.originals.get(Number(id))!),
  };
}

/** Puts back the markers of any sentence of the paper (a TL;DR's); null when one is unknown. */
export function restoreAny(text: string, sources: ProtectedText[]): string | null {
  let unknown = false;
  const out = text.replace(MARKER, (_, id: string) => {
    const original = sources.find((s) => s.originals.has(Number(id)))?.originals.get(Number(id));
    if (original === undefined) unknown = true;
    return original ?? "";
  });
  return unknown ? null : out;
}

/** Converts markers to an engine's own placeholder form and back. */
export interface PlaceholderStyle {
  toEngine(text: string): string;
  fromEngine(text: string): string;
}

/** ⟦3⟧: kept by chat models told to, and copied by the local model's vocabulary. */
export const BRACKET_PLACEHOLDERS: PlaceholderStyle = {
  toEngine: (text) => text.replace(MARKER, "⟦$1⟧"),
  fromEngine: (text) => text.replace(/⟦\s*(\d+)\s*⟧/g, (_, id: string) => marker(Number(id))),
};

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** <x i="3"/>: DeepL keeps XML tags in place with tag_handling=xml; the text around is escaped. */
export const XML_PLACEHOLDERS: PlaceholderStyle = {
  toEngine: (text) => text.replace(/[&<>]/g, (c) => XML_ESCAPES[c]!).replace(MARKER, '<x i="$1"/>'),
  fromEngine: (text) =>
    text
      .replace(/<x\s+i="(\d+)"\s*\/>/g, (_, id: string) => marker(Number(id)))
      .replace(
        /&lt;|&gt;|&quot;|&apos;|&amp;/g,
        (e) => ({ "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" })[e]!,
      ),
};
