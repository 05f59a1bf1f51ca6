import { CountTable, type Scores } from "./label-counts.ts";
import type { LabelledPaper, Readings } from "./labelled-set.ts";

export interface ReaderAgreement {
  /** Papers read by two or more first readers. */
  papers: number;
  /** Every pair of first readings of those papers. */
  pairs: number;
  /** Micro-F1 between readers over every pair (symmetric: either reader can be the reference). */
  between: Scores;
  /** The same over the papers read by exactly two readers: the common sample weighs less. */
  betweenTwo: Scores & { papers: number };
  /** Per concept: in how many pairs one reader gave it and the other did not. */
  disagreements: { slug: string; agreed: number; disagreed: number }[];
  /** Each first reader's labels scored against the reviewed labels of the papers they read. */
  readers: (Scores & { reader: string; papers: number })[];
}

/**
 * How far independent readers agree: over every pair of first readings of the papers read more
 * than once, and each reader against the reviewed labels. `close` adds what a label implies (core
 * parents), so that "lora" and "lora, peft" agree.
 */
export function readerAgreement(
  papers: LabelledPaper[],
  readings: Map<string, Readings>,
  close: (slugs: string[]) => Set<string>,
): ReaderAgreement {
  const labelsOf = (reader: string, arxivId: string) => {
    const labels = readings.get(reader)?.get(arxivId);
    if (!labels)
      throw new Error(
        `reader ${reader} has no reading of ${arxivId}, which papers.jsonl assigns to them`,
      );
    return close(labels);
  };
  const between = new CountTable();
  const two = new CountTable();
  let pairs = 0;
  let shared = 0;
  let twice = 0;
  for (const paper of papers) {
    if (paper.readers.length < 2) continue;
    shared += 1;
    if (paper.readers.length === 2) twice += 1;
    for (const [i, a] of paper.readers.entries()) {
      for (const b of paper.readers.slice(i + 1)) {
        const [first, second] = [labelsOf(a, paper.arxivId), labelsOf(b, paper.arxivId)];
        between.compare(first, second);
        if (paper.readers.length === 2) two.compare(first, second);
        pairs += 1;
      }
    }
  }
  const disagreements = [...between.bySlug]
    .map(([slug, c]) => ({ slug, agreed: c.tp, disagreed: c.fp + c.fn }))
    .sort(
      (x, y) => y.disagreed - x.disagreed || y.agreed - x.agreed || x.slug.localeCompare(y.slug),
    );

  const readers = [...readings.keys()].map((reader) => {
    const table = new CountTable();
    const read = papers.filter((p) => p.readers.includes(reader));
    for (const paper of read)
      table.compare(close(paper.concepts), labelsOf(reader, paper.arxivId));
    return { reader, papers: read.length, ...table.micro() };
  });
  const betweenTwo = { ...two.micro(), papers: twice };
  return { papers: shared, pairs, between: between.micro(), betweenTwo, disagreements, readers };
}
