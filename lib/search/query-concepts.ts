import type { Db } from "../db/create-db.ts";
import { loadTagger, type StoredTagger } from "../concepts/load-tagger.ts";
import { tagPaper } from "../concepts/tag-paper.ts";

let cached: { fingerprint: string; tagger: StoredTagger | null } | null = null;

/** The taxonomy's tagger, compiled again only when a concept definition changed. */
async function currentTagger(db: Db): Promise<StoredTagger | null> {
  const rows = await db.concept.findMany({ select: { id: true, definitionHash: true }, orderBy: { id: "asc" } });
  const fingerprint = rows.map((r) => `${r.id}:${r.definitionHash}`).join(",");
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, tagger: await loadTagger(db) };
  return cached.tagger;
}

/** Ids of the concepts a query names ("LoRA 양자화" names lora and quantization). */
export async function conceptsNamedIn(db: Db, text: string): Promise<number[]> {
  if (!text.trim()) return [];
  const stored = await currentTagger(db);
  if (!stored) return [];
  // As a title the query is scored without sentence context, and every concept it names passes.
  return tagPaper(stored.tagger, { title: text, abstractEn: "" })
    .filter((tag) => !tag.implied)
    .flatMap((tag) => stored.conceptIds.get(tag.slug) ?? []);
}
