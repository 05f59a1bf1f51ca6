import type { Db } from "../db/create-db.ts";
import type { ConceptDefinition } from "./concept-definition.ts";
import { compileTagger, type Tagger } from "./compile-tagger.ts";
import { ABOUT_MODEL_FILE, loadAboutModel } from "./learned/about-model.ts";

export interface StoredTagger {
  tagger: Tagger;
  conceptIds: Map<string, number>;
}

/**
 * The tagger for the concepts in the database with the learned layer (the shipped model unless
 * told otherwise); null when no taxonomy has been loaded yet.
 */
export async function loadTagger(
  db: Db,
  modelFile = ABOUT_MODEL_FILE,
): Promise<StoredTagger | null> {
  const rows = await db.concept.findMany({
    select: {
      id: true,
      slug: true,
      aliases: true,
      minScore: true,
      nameEn: true,
      nameKo: true,
      parent: { select: { slug: true } },
    },
  });
  if (rows.length === 0) return null;
  const definitions = rows.map((row) => ({
    slug: row.slug,
    parent: row.parent?.slug,
    aliases: row.aliases as ConceptDefinition["aliases"],
    minScore: row.minScore ?? undefined,
    name: { en: row.nameEn, ko: row.nameKo },
  }));
  const conceptIds = new Map(rows.map((r) => [r.slug, r.id]));
  return { tagger: compileTagger(definitions, loadAboutModel(modelFile)), conceptIds };
}
