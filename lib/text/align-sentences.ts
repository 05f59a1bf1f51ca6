// Aligns the sentences of an English abstract with those of its Korean translation, allowing
// one-to-one, one-to-two, two-to-one, one to three or four (an English list sentence "(1) ...;
// (2) ...; (3) ..." that the translator split at each item) and unmatched sentences.
// Dynamic programming over both sentence lists; a bead's cost weighs how far its length ratio is
// from the document's own ratio, how many anchors (numbers, Latin-script terms) the two sides
// share, and how many numbers one side has that the other lacks. Deterministic: equal costs resolve in a fixed order of moves.

export interface AlignedPair {
  en: number[];
  ko: number[];
}

// [English sentences, Korean sentences] a bead takes, with a fixed prior cost.
const MOVES: [number, number, number][] = [
  [1, 1, 0],
  [2, 1, 1.2],
  [1, 2, 1.2],
  [1, 3, 2.4],
  [1, 4, 2.4],
  [3, 1, 2.4],
  [1, 0, 4],
  [0, 1, 4],
];
const LENGTH_WEIGHT = 3;
const ANCHOR_WEIGHT = 2.5;
const NUMBER_WEIGHT = 1;

// Numbers (3.5, 43.87, 1,921) and Latin-script terms (LoRA, GPT-4, bge-m3): they survive translation.
// English numbers always count; English words count only where the Korean side has them too.
const ANCHOR = /\d+(?:[.,]\d+)*|[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;

function anchors(text: string, keep?: Set<string>): string[] {
  return (text.match(ANCHOR) ?? []).map((a) => a.toLowerCase()).filter((a) => !keep || keep.has(a) || /^\d/.test(a));
}

type Bag = Map<string, number>;

function bag(items: string[]): Bag {
  const counts: Bag = new Map();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return counts;
}

/** For each bead length (1 to 4), the bag of the sentences a bead ending at index i takes. */
function bags(sentences: string[][]): Bag[][] {
  return [1, 2, 3, 4].map((length) => sentences.map((_, i) => bag(sentences.slice(Math.max(0, i - length + 1), i + 1).flat())));
}

function size(counts: Bag): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** Numbers in either bag that the other lacks: translators keep numbers, so each is evidence against the bead. */
function unmatchedNumbers(a: Bag, b: Bag): number {
  let unmatched = 0;
  for (const [x, n] of a) if (/^\d/.test(x)) unmatched += Math.max(0, n - (b.get(x) ?? 0));
  for (const [x, n] of b) if (/^\d/.test(x)) unmatched += Math.max(0, n - (a.get(x) ?? 0));
  return unmatched;
}

/** Shared anchors of two bags, as a share of the larger bag (0 when either is empty). */
function overlap(a: Bag, b: Bag): number {
  const sizeA = size(a);
  const sizeB = size(b);
  if (sizeA === 0 || sizeB === 0) return 0;
  let shared = 0;
  for (const [x, n] of b) shared += Math.min(n, a.get(x) ?? 0);
  return shared / Math.max(sizeA, sizeB);
}

function prefixSums(sentences: string[]): number[] {
  const sums = [0];
  for (const s of sentences) sums.push(sums.at(-1)! + s.length);
  return sums;
}

/** Paragraph index of each sentence; when both sides have as many paragraphs, no pair crosses one. */
export interface Paragraphs {
  en: number[];
  ko: number[];
}

/** Whether the sentences [i - di, i) and [j - dj, j) may form one bead under the paragraph constraint. */
function withinParagraph(paragraphs: Paragraphs, i: number, di: number, j: number, dj: number): boolean {
  const en = paragraphs.en.slice(i - di, i);
  const ko = paragraphs.ko.slice(j - dj, j);
  const all = [...en, ...ko];
  return all.every((p) => p === all[0]);
}

export function alignSentences(english: string[], korean: string[], paragraphs?: Paragraphs): AlignedPair[] {
  const n = english.length;
  const m = korean.length;
  if (n === 0 || m === 0) return [...english.map((_, i) => ({ en: [i], ko: [] })), ...korean.map((_, j) => ({ en: [], ko: [j] }))];
  // Prefix sums: the length of sentences [a, b) is sum[b] - sum[a].
  const sumEn = prefixSums(english);
  const sumKo = prefixSums(korean);
  const ratio = sumKo[m]! / sumEn[n]!;
  // Only anchors that occur on the Korean side count on the English side: English is all Latin.
  const koreanAnchors = korean.map((s) => anchors(s));
  const shared = new Set(koreanAnchors.flat());
  const bagsEn = bags(english.map((s) => anchors(s, shared)));
  const bagsKo = bags(koreanAnchors);
  const sameParagraphs = paragraphs && paragraphs.en.at(-1) === paragraphs.ko.at(-1) && paragraphs.en.at(-1)! > 0 ? paragraphs : undefined;

  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      for (const [k, [di, dj, prior]] of MOVES.entries()) {
        if (i < di || j < dj) continue;
        if (sameParagraphs && !withinParagraph(sameParagraphs, i, di, j, dj)) continue;
        const before = cost[i - di]![j - dj]!;
        if (before === Infinity) continue;
        let bead = prior;
        if (di > 0 && dj > 0) {
          const en = sumEn[i]! - sumEn[i - di]!;
          const ko = sumKo[j]! - sumKo[j - dj]!;
          bead += LENGTH_WEIGHT * Math.abs(Math.log((ko + 10) / (en * ratio + 10)));
          const bagEn = bagsEn[di - 1]![i - 1]!;
          const bagKo = bagsKo[dj - 1]![j - 1]!;
          bead -= ANCHOR_WEIGHT * overlap(bagEn, bagKo);
          bead += NUMBER_WEIGHT * unmatchedNumbers(bagEn, bagKo);
        }
        if (before + bead < cost[i]![j]!) {
          cost[i]![j] = before + bead;
          back[i]![j] = k;
        }
      }
    }
  }
  const pairs: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = MOVES[back[i]![j]!]!;
    pairs.push({ en: Array.from({ length: di }, (_, x) => i - di + x), ko: Array.from({ length: dj }, (_, x) => j - dj + x) });
    i -= di;
    j -= dj;
  }
  return pairs.reverse();
}
