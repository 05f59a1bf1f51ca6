// Sentences of an abstract, English or Korean: Intl.Segmenter (ICU), then merges where ICU
// breaks inside what papers write: "Fig. 2", "Sec. 3.1", "et al.", "vs.", unbalanced brackets
// and inline LaTeX ($...$).

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

/** Whether more brackets open than close in `text`, or an inline math span is left open. */
function unbalanced(text: string): boolean {
  let round = 0;
  let square = 0;
  let dollars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "$") dollars++;
    else if (dollars % 2 === 1) continue;
    else if (c === "(") round++;
    else if (c === ")") round--;
    else if (c === "[") square++;
    else if (c === "]") square--;
  }
  return round > 0 || square > 0 || dollars % 2 === 1;
}

/** Whether ICU's break after `current` (trimmed) and before `next` is not a sentence end. */
function continues(current: string, next: string): boolean {
  if (/\n\s*\n\s*$/.test(current)) return false;
  const trimmed = current.trimEnd();
  return ABBREVIATION.test(trimmed) || unbalanced(trimmed) || (/^[a-z0-9)\]]/.test(next) && !/[!?]$/.test(trimmed));
}

export function splitSentences(text: string, lang: "en" | "ko"): Sentence[] {
  const raw = [...segmenter(lang).segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: { start: number; end: number }[] = [];
  for (const segment of raw) {
    const last = merged.at(-1);
    if (last && continues(text.slice(last.start, last.end), text.slice(segment.start, segment.end))) last.end = segment.end;
    else merged.push({ ...segment });
  }
  return merged.flatMap(({ start, end }) => {
    const body = text.slice(start, end);
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    return trimmed ? [{ text: trimmed, start: start + lead, end: start + lead + trimmed.length }] : [];
  });
}
