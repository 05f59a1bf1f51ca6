// Brute-force nearest neighbours over every stored embedding of one model, held in memory as
// one Float32Array. Enough at 100k papers (see docs/benchmarks.md); beyond that, an approximate
// index would be needed (on PostgreSQL: pgvector's HNSW with vector_cosine_ops).
import type { Db } from "../db/create-db.ts";
import { bytesToVector } from "./vector-bytes.ts";

export interface VectorMatrix {
  model: string;
  dims: number;
  ids: Int32Array;
  /** Row i is the unit vector of paper ids[i]. */
  data: Float32Array;
}

export interface Neighbour {
  paperId: number;
  similarity: number;
}

export function vectorMatrix(model: string, rows: { paperId: number; vector: Float32Array }[]): VectorMatrix {
  const dims = rows[0]?.vector.length ?? 0;
  const data = new Float32Array(rows.length * dims);
  rows.forEach((row, i) => data.set(row.vector, i * dims));
  return { model, dims, ids: Int32Array.from(rows.map((r) => r.paperId)), data };
}

/**
 * The k rows most similar to `query` (cosine: every vector is a unit vector), best first; equal
 * similarities by lower id. `skip` leaves papers out.
 */
export function nearest(matrix: VectorMatrix, query: Float32Array, k: number, skip: (paperId: number) => boolean = () => false): Neighbour[] {
  if (query.length !== matrix.dims || k <= 0) return [];
  // A min-heap of the best k so far, by (similarity, -id).
  const heap: Neighbour[] = [];
  const worse = (a: Neighbour, b: Neighbour) => a.similarity < b.similarity || (a.similarity === b.similarity && a.paperId > b.paperId);
  const { dims, data, ids } = matrix;
  for (let row = 0; row < ids.length; row++) {
    const paperId = ids[row]!;
    // Four running sums let the CPU overlap the multiplications: 64 instead of 88 ms at 100k × 384.
    const start = row * dims;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    let d = 0;
    for (; d + 3 < dims; d += 4) {
      s0 += data[start + d]! * query[d]!;
      s1 += data[start + d + 1]! * query[d + 1]!;
      s2 += data[start + d + 2]! * query[d + 2]!;
      s3 += data[start + d + 3]! * query[d + 3]!;
    }
    for (; d < dims; d++) s0 += data[start + d]! * query[d]!;
    const similarity = s0 + s1 + s2 + s3;
    const candidate = { paperId, similarity };
    if (heap.length === k && !worse(heap[0]!, candidate)) continue;
    if (skip(paperId)) continue;
    if (heap.length < k) {
      heap.push(candidate);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else {
      heap[0] = candidate;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
        if (right < heap.length && worse(heap[right]!, heap[least]!)) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least]!, heap[i]!];
        i = least;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

const cached = new WeakMap<object, Map<string, { stamp: string; matrix: VectorMatrix }>>();

/**
 * The matrix of a model's stored embeddings, read once per process and again only when the
 * embeddings changed (their count or newest update differs).
 */
export async function storedVectors(db: Db, model: string): Promise<VectorMatrix> {
  const summary = await db.embedding.aggregate({ where: { model }, _count: { _all: true }, _max: { updatedAt: true } });
  const stamp = `${summary._count._all}/${summary._max.updatedAt?.toISOString() ?? ""}`;
  const perDb = cached.get(db) ?? new Map();
  cached.set(db, perDb);
  const hit = perDb.get(model);
  if (hit?.stamp === stamp) return hit.matrix;
  const rows = await db.embedding.findMany({ where: { model }, select: { paperId: true, vector: true }, orderBy: { paperId: "asc" } });
  const matrix = vectorMatrix(
    model,
    rows.map((r) => ({ paperId: r.paperId, vector: bytesToVector(r.vector) })),
  );
  perDb.set(model, { stamp, matrix });
  return matrix;
}
