/** True positives, false positives and false negatives, and the scores they give. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function scoresOf({ tp, fp, fn }: Counts): Scores {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Counts per concept, added up as labels are compared. */
export class CountTable {
  readonly bySlug = new Map<string, Counts>();

  /** One paper: `expected` are the reference labels, `predicted` the ones being scored. */
  compare(expected: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
    for (const slug of predicted) this.bump(slug, expected.has(slug) ? "tp" : "fp");
    for (const slug of expected) if (!predicted.has(slug)) this.bump(slug, "fn");
  }

  bump(slug: string, key: keyof Counts): void {
    const counts = this.bySlug.get(slug) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key] += 1;
    this.bySlug.set(slug, counts);
  }

  /** Pooled over every concept (or the given ones). */
  micro(slugs: Iterable<string> = this.bySlug.keys()): Scores {
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const slug of slugs) {
      const c = this.bySlug.get(slug);
      if (c) for (const key of ["tp", "fp", "fn"] as const) total[key] += c[key];
    }
    return scoresOf(total);
  }

  /** The mean of per-concept scores over the given concepts that were labelled or predicted. */
  macro(slugs: readonly string[]): {
    precision: number;
    recall: number;
    f1: number;
    concepts: number;
  } {
    const each = slugs.flatMap((slug) => {
      const counts = this.bySlug.get(slug);
      return counts && counts.tp + counts.fp + counts.fn > 0 ? [scoresOf(counts)] : [];
    });
    const mean = (key: "precision" | "recall" | "f1") =>
      ratio(
        each.reduce((s, c) => s + c[key], 0),
        each.length,
      );
    return {
      precision: mean("precision"),
      recall: mean("recall"),
      f1: mean("f1"),
      concepts: each.length,
    };
  }

  scores(slug: string): Scores {
    return scoresOf(this.bySlug.get(slug) ?? { tp: 0, fp: 0, fn: 0 });
  }
}
