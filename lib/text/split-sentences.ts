// Sentences of an abstract, English or Korean: Intl.Segmenter (ICU), then merges where ICU
// breaks inside what papers write: "Fig. 2", "Sec. 3.1", "et al.", "vs.", unbalanced brackets
// and inline LaTeX ($...$). In Korean a full stop after a Hangul syllable ends a sentence
// whatever follows (ICU reads "다. (i)", "다. \textsc{...}", "다. vLLM은" as one sentence, and
// the English rule that a lower-case word or a digit continues one must not apply), and a
// translator's note in brackets right after a full stop stays with the sentence it annotates.

export interface Sentence {
  text: string;
  /** UTF-16 offsets into the whole text. */
  start: number;
  end: number;
}

// Abbreviations after which ICU wrongly ends a sentence (ICU already keeps "e.g." and "i.e."
// before a lower-case word; these also occur before digits and capitals).
const ABBREVIATION = /(?:^|[\s(\[])(?:Fig|Figs|Sec|Secs|Eq|Eqs|Tab|Tabs|Ref|Refs|No|Nos|Vol|Ch|App|Alg|Thm|Def|Prop|Lem|Cor|cf|vs|al|e\.g|i\.e|approx|resp|incl|viz|etc|Dr|Mr|Ms|Prof|St|Jr|Inc|Ltd|Co)\.$/i;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: "sentence" })));
  return found;
}

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

type Range = { start: number; end: number };

/**
 * Walks `text` from `from` to `to` and calls `at` for each character outside every bracket and
 * inline math span (TeX escapes skipped); returns where the brackets still open at the end stand,
 * and where the math span still open began (-1: none). Brackets and dollar signs at the positions
 * in `inert` are read as plain characters.
 */
function walkTopLevel(text: string, from: number, to: number, at?: (i: number) => void, inert: ReadonlySet<number> = NONE): { open: number[]; mathFrom: number } {
  const open: number[] = [];
  let mathFrom = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inert.has(i)) at?.(i);
    else if (c === "$") mathFrom = mathFrom === -1 ? i : -1;
    else if (mathFrom !== -1) continue;
    else if (c in OPENERS) open.push(i);
    else if (open.length && c === OPENERS[text[open.at(-1)!]!]) open.pop();
    else if (open.length === 0) at?.(i);
  }
  return { open, mathFrom };
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The brackets and dollar signs that open something the whole text never closes: an author's
 * stray macro (`\note{...` cut off), an unmatched "(" or a price ("$200k"). They hold no
 * sentences together.
 */
function neverClosed(text: string): Set<number> {
  const inert = new Set<number>();
  // A dollar sign left open is inert, and the text after it is walked again as text, not math.
  for (;;) {
    const { open, mathFrom } = walkTopLevel(text, 0, text.length, undefined, inert);
    if (mathFrom === -1) {
      for (const i of open) inert.add(i);
      return inert;
    }
    inert.add(mathFrom);
  }
}

/** Whether more brackets open than close in `text` from `start` to `end`, or an inline math span is left open. */
function unbalanced(text: string, start: number, end: number, inert: ReadonlySet<number>): boolean {
  const { open, mathFrom } = walkTopLevel(text, start, end, undefined, inert);
  return open.length > 0 || mathFrom !== -1;
}

// A Korean sentence's end: a Hangul syllable, closing quotes or brackets, then . ! or ?
const KOREAN_END = /[\uac00-\ud7a3][)\]"'\u201d\u2019\u300d\u300f]*[.!?]$/;

/** Whether ICU's break after `current` and before `next` (ranges of `text`) is not a sentence end. */
function continues(text: string, current: Range, next: Range, lang: "en" | "ko", inert: ReadonlySet<number>): boolean {
  const body = text.slice(current.start, current.end);
  if (/\n\s*\n\s*$/.test(body)) return false;
  const trimmed = body.trimEnd();
  if (unbalanced(text, current.start, current.start + trimmed.length, inert)) return true;
  if (lang === "ko" && KOREAN_END.test(trimmed)) return false;
  const following = text.slice(next.start, next.end);
  return ABBREVIATION.test(trimmed) || (/^[a-z0-9)\]]/.test(following) && !/[!?]$/.test(trimmed));
}

/** Cuts a Korean segment after each top-level Hangul full stop that ICU left inside it. */
function splitKoreanEnds(text: string, { start, end }: Range, inert: ReadonlySet<number>): Range[] {
  const cuts: number[] = [];
  walkTopLevel(text, start, end, (i) => {
    if (!".!?".includes(text[i]!) || !KOREAN_END.test(text.slice(Math.max(start, i - 4), i + 1))) return;
    let next = i + 1;
    while (next < end && /\s/.test(text[next]!)) next++;
    if (next > i + 1 && next < end) cuts.push(next);
  }, inert);
  return [start, ...cuts].map((from, k) => ({ start: from, end: cuts[k] ?? end }));
}

// A bracketed list label, "(1)", "(ii)", "(a)", "[3]": it opens the next sentence.
const LABEL = /^\s*(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z]|[\uac00-\ud7a3])\s*$/;

/**
 * Moves a bracketed note that opens a Korean segment ("(역주: ...)") onto the sentence before
 * it, when that one ended with a full stop in the same paragraph: translators put notes after
 * the sentence they explain.
 */
function attachNotes(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const previous = out.at(-1);
    const lead = text.slice(range.start, range.end).search(/\S/);
    const open = range.start + Math.max(0, lead);
    const close = OPENERS[text[open]!] ? closingBracket(text, open, range.end) : -1;
    const gap = previous ? text.slice(previous.end, open) : "";
    if (previous && close !== -1 && !LABEL.test(text.slice(open + 1, close)) && !/\n\s*\n/.test(gap) && /[.!?]["'\u201d\u2019)\]]*\s*$/.test(text.slice(previous.start, previous.end))) {
      previous.end = close + 1;
      if (text.slice(close + 1, range.end).trim()) out.push({ start: close + 1, end: range.end });
      continue;
    }
    out.push({ ...range });
  }
  return out;
}

/** The index of the bracket that closes the one at `open`, before `end`; -1 when none does. */
function closingBracket(text: string, open: number, end: number): number {
  let closed = -1;
  walkTopLevel(text, open + 1, end, (i) => {
    if (closed === -1 && text[i] === OPENERS[text[open]!]) closed = i;
  });
  return closed;
}

export function splitSentences(text: string, lang: "en" | "ko"): Sentence[] {
  const raw = [...segmenter(lang).segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const inert = neverClosed(text);
  const merged: Range[] = [];
  for (const segment of raw) {
    const last = merged.at(-1);
    if (last && continues(text, last, segment, lang, inert)) last.end = segment.end;
    else merged.push({ ...segment });
  }
  const sentences = lang === "ko" ? attachNotes(text, merged.flatMap((range) => splitKoreanEnds(text, range, inert))) : merged;
  return sentences.flatMap(({ start, end }) => {
    const body = text.slice(start, end);
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    return trimmed ? [{ text: trimmed, start: start + lead, end: start + lead + trimmed.length }] : [];
  });
}
