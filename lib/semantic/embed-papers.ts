import { createHash } from "node:crypto";
import type { Db } from "../db/create-db.ts";
import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Embedder } from "./embedder.ts";
import { vectorToBytes } from "./vector-bytes.ts";

export const EMBED_BATCH = 32;

/** What a paper is embedded from: its English title and abstract (the multilingual model maps Korean queries to them). */
export const paperText = (paper: { title: string; abstractEn: string }) => `${paper.title}\n${paper.abstractEn}`;

interface Pending {
  id: number;
  title: string;
  abstractEn: string;
  englishHash: string;
}

// Papers with no embedding by this model, or one made from text that has changed since.
const pendingWhere = (model: string) => Prisma.sql`
  FROM "Paper" p LEFT JOIN "Embedding" e ON e."paperId" = p."id" AND e."model" = ${model}
  WHERE e."paperId" IS NULL OR e."textHash" <> p."englishHash"`;

/**
 * Embeds every paper that lacks a current embedding by this model, batch by batch, each batch
 * stored in its own transaction: an interrupted run keeps what it finished and the next run
 * goes on from there. Returns the number of papers embedded.
 */
export async function embedPapers(db: Db, embedder: Embedder, onProgress?: (done: number, total: number) => void): Promise<number> {
  const counted = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" ${pendingWhere(embedder.model)}`;
  const total = Number(counted[0]!.n);
  onProgress?.(0, total);
  let done = 0;
  while (done < total) {
    const batch = await db.$queryRaw<Pending[]>`SELECT p."id", p."title", p."abstractEn", p."englishHash" ${pendingWhere(embedder.model)} ORDER BY p."id" LIMIT ${EMBED_BATCH}`;
    if (batch.length === 0) break;
    const vectors = await embedder.embedPassages(batch.map(paperText));
    const ids = batch.map((p) => Number(p.id));
    await db.$transaction([
      db.embedding.deleteMany({ where: { model: embedder.model, paperId: { in: ids } } }),
      db.embedding.createMany({ data: batch.map((p, i) => ({ paperId: Number(p.id), model: embedder.model, vector: vectorToBytes(vectors[i]!), textHash: p.englishHash })) }),
    ]);
    done += batch.length;
    onProgress?.(done, total);
  }
  return done;
}

const conceptText = (c: { nameEn: string; descriptionEn: string; nameKo: string; descriptionKo: string }) => `${c.nameEn}. ${c.descriptionEn}\n${c.nameKo}. ${c.descriptionKo}`;

/** Embeds the concepts whose names or descriptions changed since they were last embedded by this model. */
export async function embedConcepts(db: Db, embedder: Embedder): Promise<number> {
  const concepts = await db.concept.findMany({
    select: { id: true, nameEn: true, nameKo: true, descriptionEn: true, descriptionKo: true, embeddings: { where: { model: embedder.model }, select: { textHash: true } } },
  });
  const stale = concepts
    .map((c) => ({ ...c, text: conceptText(c) }))
    .map((c) => ({ ...c, hash: createHash("sha256").update(c.text).digest("hex") }))
    .filter((c) => c.embeddings[0]?.textHash !== c.hash);
  for (let i = 0; i < stale.length; i += EMBED_BATCH) {
    const batch = stale.slice(i, i + EMBED_BATCH);
    const vectors = await embedder.embedPassages(batch.map((c) => c.text));
    await db.$transaction([
      db.conceptEmbedding.deleteMany({ where: { model: embedder.model, conceptId: { in: batch.map((c) => c.id) } } }),
      db.conceptEmbedding.createMany({ data: batch.map((c, k) => ({ conceptId: c.id, model: embedder.model, vector: vectorToBytes(vectors[k]!), textHash: c.hash })) }),
    ]);
  }
  return stale.length;
}
