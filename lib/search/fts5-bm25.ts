// SQLite FTS5's bm25() (ext/fts5/fts5_aux.c), recomputed from term positions so that
// PostgreSQL ranks exactly as SQLite does: k1 = 1.2, b = 0.75, idf floored at 1e-6, each
// phrase occurrence weighted by its field, document length counted over all fields.
const K1 = 1.2;
const B = 0.75;

export interface CorpusStats {
  /** Indexed documents. */
  documents: number;
  /** Tokens over all documents and fields. */
  tokens: number;
  /** Per query phrase, the documents it occurs in. */
  phraseDocuments: number[];
}

export function phraseIdf(documents: number, hits: number): number {
  const idf = Math.log((documents - hits + 0.5) / (hits + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** `frequencies[i]`: phrase i's occurrences in the document, each weighted by its field. */
export function bm25(stats: CorpusStats, documentTokens: number, frequencies: number[]): number {
  const averageLength = stats.tokens / stats.documents;
  let score = 0;
  for (let i = 0; i < frequencies.length; i++) {
    const f = frequencies[i]!;
    score += phraseIdf(stats.documents, stats.phraseDocuments[i]!) * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * documentTokens) / averageLength)));
  }
  return score;
}

/** Where each token occurs in one document: position and field weight. */
export type TokenPositions = Map<string, Map<number, number>>;

/** Weighted occurrences of a phrase: positions where its tokens follow one another. */
export function phraseFrequency(positions: TokenPositions, phrase: string[]): number {
  const first = positions.get(phrase[0]!);
  if (!first) return 0;
  let frequency = 0;
  for (const [position, weight] of first) {
    if (phrase.every((token, j) => j === 0 || positions.get(token)?.has(position + j))) frequency += weight;
  }
  return frequency;
}
