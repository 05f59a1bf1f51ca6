// Sentences a translation left out, wholly or in part. The aligner pairs what is left over with
// a neighbour (translators merge and split sentences too), so a gap shows as a row whose Korean
// keeps little of what one of its English sentences says (numbers, names, glossary terms,
// common content words: anchors.ts), or is much shorter than the paper's own ratio expects.
import type { Glossary } from "../glossary.ts";
import { anchorsOf, type Anchor } from "./anchors.ts";
import type { CheckFinding } from "./check-translation.ts";
import { letters, rowRatio, type Row } from "./rows.ts";

// Tuned on content/eval/translation-checks (docs/translation-checks.md).
export const SENTENCE_LIMITS = {
  /** A merge: its Korean at least this share of what the sentences but the shortest need. */
  mergedShare: 1.25,
  /** A merge: each English sentence keeps more than this share of its own anchors... */
  keptShare: 0.5,
  /** ...when it has at least this many of its own. */
  ownAnchors: 2,
  /** A row shorter than this share of what its English needs... */
  partialLength: 0.8,
  /** ...that loses this much (a number, name or term counts 2, a content word 1). */
  partialLost: 3,
  /** Or a row a little short (this share of what its English needs)... */
  slightlyShort: 0.9,
  /** ...that loses at least this much. */
  slightlyShortLost: 5,
  /** A row whose English has this many numbers, names or terms and keeps none is out of step. */
  unmatchedAnchors: 2,
};

const SENTENCE_END = /[.!?。]["'”’)\]]*$/;
const strong = (a: Anchor) => a.kind !== "word";
const unique = (anchors: Anchor[]) => [...new Map(anchors.map((a) => [a.key, a])).values()];
const LISTED = 5;
const listed = (anchors: Anchor[]) => {
  const texts = [...new Set(anchors.map((a) => a.text))];
  return texts.slice(0, LISTED).join(", ") + (texts.length > LISTED ? ", …" : "");
};

interface LeftOut {
  sentence: string;
  /** What it alone says that the Korean lacks; empty when the Korean is too short for it. */
  lost: Anchor[];
}

/**
 * In a row whose English sentences got fewer Korean ones (a merge), the English sentence that
 * seems left out: it keeps at most half of what it alone says, or the Korean is hardly longer
 * than the other sentences need.
 */
function leftOutOfMerge(row: Row, glossary: Glossary, ratio: number): LeftOut | null {
  const n = row.enSentences.length;
  if (n < 2 || row.koSentences.length >= n) return null;
  const anchored = row.enSentences.map((s) => unique(anchorsOf(s, glossary)));
  for (const [i, anchors] of anchored.entries()) {
    const others = new Set(anchored.flatMap((a, j) => (j === i ? [] : a.map((x) => x.key))));
    const own = anchors.filter((a) => !others.has(a.key));
    const lost = own.filter((a) => !a.kept(row.ko));
    if (
      own.length >= SENTENCE_LIMITS.ownAnchors &&
      own.length - lost.length <= SENTENCE_LIMITS.keptShare * own.length
    )
      return { sentence: row.enSentences[i]!, lost };
  }
  const lengths = row.enSentences.map(letters);
  const shortest = Math.min(...lengths);
  const needed = lengths.reduce((a, b) => a + b, 0) - shortest;
  if (letters(row.ko) < SENTENCE_LIMITS.mergedShare * ratio * needed)
    return { sentence: row.enSentences[lengths.indexOf(shortest)]!, lost: [] };
  return null;
}

/**
 * What a row's Korean lost of its English, when it is also shorter than expected: much shorter
 * and losing a little (partialLost), or a little shorter and losing more (slightlyShortLost).
 */
function partlyLost(row: Row, glossary: Glossary, ratio: number): Anchor[] {
  const share = letters(row.ko) / Math.max(1, ratio * letters(row.en));
  if (share >= SENTENCE_LIMITS.slightlyShort) return [];
  const lost = unique(anchorsOf(row.en, glossary)).filter((a) => !a.kept(row.ko));
  const weight = lost.reduce((sum, a) => sum + (strong(a) ? 2 : 1), 0);
  const enough =
    share < SENTENCE_LIMITS.partialLength
      ? SENTENCE_LIMITS.partialLost
      : SENTENCE_LIMITS.slightlyShortLost;
  return weight >= enough ? lost : [];
}

/** Whether a row's English names things (numbers, names, terms) none of which its Korean keeps. */
function outOfStep(row: Row, glossary: Glossary): boolean {
  const anchors = unique(anchorsOf(row.en, glossary)).filter(strong);
  return (
    anchors.length >= SENTENCE_LIMITS.unmatchedAnchors && anchors.every((a) => !a.kept(row.ko))
  );
}

function finding(row: Row, message: string, evidence: string): CheckFinding {
  return { kind: "missing-sentence", sentence: row.number, message, evidence };
}

/** Sentences missing on either side, wholly or in part, and Korean that stops mid-sentence. */
export function sentenceChecks(rows: Row[], glossary: Glossary): CheckFinding[] {
  const ratio = rowRatio(rows);
  return rows.flatMap((row): CheckFinding[] => {
    if (!row.ko && row.en)
      return [finding(row, "this English sentence has no Korean counterpart", row.en.slice(0, 80))];
    if (row.ko && !row.en)
      return [
        {
          kind: "extra-sentence",
          sentence: row.number,
          message: "this Korean sentence has no English counterpart",
          evidence: row.ko.slice(0, 80),
        },
      ];
    const left = leftOutOfMerge(row, glossary, ratio);
    if (left) {
      const quoted = `"${left.sentence.slice(0, 60)}…"`;
      const why = left.lost.length
        ? `the Korean lacks most of what it says (${listed(left.lost)})`
        : "the Korean is hardly longer than the other sentences need";
      return [finding(row, `the English sentence ${quoted} seems left out: ${why}`, quoted)];
    }
    if (outOfStep(row, glossary))
      return [
        finding(
          row,
          "the Korean keeps none of the names and numbers of its English",
          row.en.slice(0, 80),
        ),
      ];
    const lost = partlyLost(row, glossary, ratio);
    if (lost.length > 0)
      return [
        finding(
          row,
          `the Korean is short and lacks ${listed(lost)}: part of the English may be missing`,
          listed(lost),
        ),
      ];
    // A cut in the middle of Korean text: the English may end with a URL instead of a stop.
    const cut = SENTENCE_END.test(row.en) || /\p{Script=Hangul}$/u.test(row.ko);
    if (cut && !SENTENCE_END.test(row.ko))
      return [finding(row, "the Korean stops mid-sentence: its end is missing", row.ko.slice(-40))];
    return [];
  });
}
