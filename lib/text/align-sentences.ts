// Aligns the sentences of an English abstract with those of its Korean translation, allowing
// one-to-one, one-to-two, two-to-one and unmatched sentences (translators merge and split).
// Dynamic programming over both sentence lists; a bead's cost weighs how far its length ratio is
// from the document's own ratio and how many anchors (numbers, Latin-script terms) the two sides
// share. Deterministic: equal costs resolve in a fixed order of moves.

export interface AlignedPair {
  en: number[];
  ko: number[];
}

// [English sentences, Korean sentences] a bead takes, with a fixed prior cost.
const MOVES: [number, number, number][] = [
  [1, 1, 0],
  [2, 1, 1.2],
  [1, 2, 1.2],
  [1, 0, 4],
  [0, 1, 4],
];
const LENGTH_WEIGHT = 3;
const ANCHOR_WEIGHT = 2.5;

// Numbers (3.5, 43.87, 1,921) and Latin-script terms (LoRA, GPT-4, bge-m3): they survive translation.
const ANCHOR = /\d+(?:[.,]\d+)*|[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;

function anchors(text: string, keep?: Set<string>): string[] {
  return (text.match(ANCHOR) ?? []).map((a) => a.toLowerCase()).filter((a) => !keep || keep.has(a));
}

/** Shared anchors of two bags, as a share of the larger bag (0 when either is empty). */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(x, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

export function alignSentences(english: string[], korean: string[]): AlignedPair[] {
  const n = english.length;
  const m = korean.length;
  if (n === 0 || m === 0) return [...english.map((_, i) => ({ en: [i], ko: [] })), ...korean.map((_, j) => ({ en: [], ko: [j] }))];
  const lengthEn = english.map((s) => s.length);
  const lengthKo = korean.map((s) => s.length);
  const ratio = lengthKo.reduce((a, b) => a + b, 0) / lengthEn.reduce((a, b) => a + b, 0);
  // Only anchors that occur on the Korean side count on the English side: English is all Latin.
  const koreanAnchors = korean.map((s) => anchors(s));
  const shared = new Set(koreanAnchors.flat());
  const englishAnchors = english.map((s) => anchors(s, shared));

  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      for (const [k, [di, dj, prior]] of MOVES.entries()) {
        if (i < di || j < dj) continue;
        const before = cost[i - di]![j - dj]!;
        if (before === Infinity) continue;
        let bead = prior;
        if (di > 0 && dj > 0) {
          const en = lengthEn.slice(i - di, i).reduce((a, b) => a + b, 0);
          const ko = lengthKo.slice(j - dj, j).reduce((a, b) => a + b, 0);
          bead += LENGTH_WEIGHT * Math.abs(Math.log((ko + 10) / (en * ratio + 10)));
          bead -= ANCHOR_WEIGHT * overlap(englishAnchors.slice(i - di, i).flat(), koreanAnchors.slice(j - dj, j).flat());
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
