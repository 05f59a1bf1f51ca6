import type { Db } from "../db/create-db.ts";
import type { ConceptDefinition } from "./concept-definition.ts";
import { compileTagger, type Tagger } from "./compile-tagger.ts";

export interface StoredTagger {
  tagger: Tagger;
  conceptIds: Map<string, number>;
}

/** The tagger for the concepts in the database; null when no taxonomy has been loaded yet. */
export async function loadTagger(db: Db): Promise<StoredTagger | null> {
  const rows = await db.concept.findMany({ select: { id: true, slug: true, aliases: true, minScore: true, nameEn: true, nameKo: true, parent: { select: { slug: true } } } });
  if (rows.length === 0) return null;
  const definitions = rows.map((row) => ({
    slug: row.slug,
    parent: row.parent?.slug,
    aliases: row.aliases as ConceptDefinition["aliases"],
    minScore: row.minScore ?? undefined,
    name: { en: row.nameEn, ko: row.nameKo },
  }));
  return { tagger: compileTagger(definitions), conceptIds: new Map(rows.map((r) => [r.slug, r.id])) };
}
