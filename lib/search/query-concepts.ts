import type { Db } from "../db/create-db.ts";
import { loadTagger, type StoredTagger } from "../concepts/load-tagger.ts";
import { findMentions } from "../concepts/find-mentions.ts";

let cached: { fingerprint: string; tagger: StoredTagger | null } | null = null;

/** The taxonomy's tagger, compiled again only when a concept definition changed. */
async function currentTagger(
  db: Db,
  concepts: { id: number; definitionHash: string }[],
): Promise<StoredTagger | null> {
  const fingerprint = [...concepts]
    .sort((a, b) => a.id - b.id)
    .map((r) => `${r.id}:${r.definitionHash}`)
    .join(",");
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, tagger: await loadTagger(db) };
  return cached.tagger;
}

/**
 * Ids of the concepts a query names ("LoRA 양자화" names lora and quantization). `concepts` are the
 * stored concepts, which the caller has read already.
 */
export async function conceptsNamedIn(
  db: Db,
  text: string,
  concepts: { id: number; definitionHash: string }[],
): Promise<number[]> {
  if (!text.trim()) return [];
  const stored = await currentTagger(db, concepts);
  if (!stored) return [];
  const named = findMentions(stored.tagger, { title: text, abstractEn: "" }).concepts.keys();
  return [...named].flatMap((slug) => stored.conceptIds.get(slug) ?? []);
}
