// What the paper page shows from the semantic layer: related papers (nearest by embedding) and
// suggested concepts (concepts whose descriptions are near the paper, that the tagger did not find).
import type { Db } from "../db/create-db.ts";
import { missingModel } from "./embedder.ts";
import type { EmbeddingSettings } from "./embedding-settings.ts";
import { bytesToVector, dot } from "./vector-bytes.ts";
import { nearest, storedVectors } from "./vector-index.ts";

export const RELATED_PAPERS = 5;
export const SUGGESTED_CONCEPTS = 3;
/** Papers at least this similar are the same text stored twice, not related work. */
export const NEAR_DUPLICATE = 0.98;

export interface RelatedPaper {
  id: number;
  arxivId: string | null;
  title: string;
  titleKo: string | null;
  similarity: number;
}

export interface SuggestedConcept {
  slug: string;
  nameEn: string;
  nameKo: string;
  similarity: number;
}

export type PaperNeighbours =
  | { status: "on"; related: RelatedPaper[]; suggestedConcepts: SuggestedConcept[] }
  /** The model is there but this paper has no embedding yet (npm run embed). */
  | { status: "pending" }
  /** No embedding model on this server; why is in the server log, never in a response. */
  | { status: "off" };

export async function paperNeighbours(db: Db, settings: EmbeddingSettings, paperId: number): Promise<PaperNeighbours> {
  if (missingModel(settings)) return { status: "off" };
  const own = await db.embedding.findUnique({ where: { paperId_model: { paperId, model: settings.model } }, select: { vector: true } });
  if (!own) return { status: "pending" };
  const vector = bytesToVector(own.vector);

  const near = nearest(await storedVectors(db, settings.model), vector, RELATED_PAPERS + 10, (id) => id === paperId)
    .filter((n) => n.similarity < NEAR_DUPLICATE)
    .slice(0, RELATED_PAPERS);
  const rows = await db.paper.findMany({ where: { id: { in: near.map((n) => n.paperId) } }, select: { id: true, arxivId: true, title: true, titleKo: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));

  const [concepts, tagged] = await Promise.all([
    db.conceptEmbedding.findMany({ where: { model: settings.model }, select: { vector: true, concept: { select: { id: true, slug: true, nameEn: true, nameKo: true } } } }),
    db.paperConcept.findMany({ where: { paperId }, select: { conceptId: true } }),
  ]);
  const has = new Set(tagged.map((t) => t.conceptId));
  const suggestedConcepts = concepts
    .filter((c) => !has.has(c.concept.id))
    .map((c) => ({ slug: c.concept.slug, nameEn: c.concept.nameEn, nameKo: c.concept.nameKo, similarity: dot(vector, bytesToVector(c.vector)) }))
    .filter((c) => c.similarity >= settings.suggestMin)
    .sort((a, b) => b.similarity - a.similarity || a.slug.localeCompare(b.slug))
    .slice(0, SUGGESTED_CONCEPTS);

  return {
    status: "on",
    related: near.flatMap((n) => {
      const row = byId.get(n.paperId);
      return row ? [{ ...row, similarity: n.similarity }] : [];
    }),
    suggestedConcepts,
  };
}
