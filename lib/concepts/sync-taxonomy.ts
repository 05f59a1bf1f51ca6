import { createHash } from "node:crypto";
import { ASSIGN_THRESHOLD, TAGGER_VERSION } from "./compile-tagger.ts";
import type { Db } from "../db/create-db.ts";
import type { ConceptDefinition } from "./concept-definition.ts";
import type { AboutModel } from "./learned/about-model.ts";

export interface TaxonomyChange {
  added: string[];
  /** Concepts whose aliases, parent or threshold changed: their papers need re-tagging. */
  changed: string[];
  removed: string[];
  /** Names, descriptions, related concepts or order changed; tags stay valid. */
  relabelled: string[];
}

/**
 * What decides tagging: the definition, the default threshold, the tagger's version and, for a
 * concept of the learned layer, the model's fingerprint (a new model re-tags its concepts'
 * papers). Anything else can change without re-tagging.
 */
export function definitionHash(
  definition: Pick<ConceptDefinition, "slug" | "aliases" | "parent" | "minScore">,
  model: AboutModel | null,
): string {
  const learned = model?.methods.has(definition.slug) ? model.fingerprint : null;
  const decides = [
    definition.aliases,
    definition.parent ?? null,
    definition.minScore ?? ASSIGN_THRESHOLD,
    TAGGER_VERSION,
  ];
  return createHash("sha256")
    .update(JSON.stringify(learned ? [...decides, learned] : decides))
    .digest("hex");
}

/** Makes the Concept table match the taxonomy files, in one transaction, and says what changed. */
export async function syncTaxonomy(
  db: Db,
  definitions: ConceptDefinition[],
  model: AboutModel | null,
): Promise<TaxonomyChange> {
  return db.$transaction(
    async (tx) => {
      const stored = await tx.concept.findMany({
        select: {
          id: true,
          slug: true,
          definitionHash: true,
          nameEn: true,
          nameKo: true,
          descriptionEn: true,
          descriptionKo: true,
          related: true,
          position: true,
        },
      });
      const bySlug = new Map(stored.map((c) => [c.slug, c]));
      const wanted = new Set(definitions.map((d) => d.slug));
      const change: TaxonomyChange = { added: [], changed: [], removed: [], relabelled: [] };

      for (const definition of definitions) {
        const data = {
          nameEn: definition.name.en,
          nameKo: definition.name.ko,
          descriptionEn: definition.description.en,
          descriptionKo: definition.description.ko,
          aliases: definition.aliases,
          minScore: definition.minScore ?? null,
          related: definition.related,
          position: definition.position,
          definitionHash: definitionHash(definition, model),
        };
        const existing = bySlug.get(definition.slug);
        if (!existing) {
          await tx.concept.create({ data: { slug: definition.slug, ...data } });
          change.added.push(definition.slug);
        } else if (existing.definitionHash !== data.definitionHash) {
          await tx.concept.update({ where: { id: existing.id }, data });
          change.changed.push(definition.slug);
        } else if (
          existing.nameEn !== data.nameEn ||
          existing.nameKo !== data.nameKo ||
          existing.descriptionEn !== data.descriptionEn ||
          existing.descriptionKo !== data.descriptionKo ||
          existing.position !== data.position ||
          JSON.stringify(existing.related) !== JSON.stringify(data.related)
        ) {
          await tx.concept.update({ where: { id: existing.id }, data });
          change.relabelled.push(definition.slug);
        }
      }
      const removed = stored.filter((c) => !wanted.has(c.slug));
      if (removed.length > 0)
        await tx.concept.deleteMany({ where: { id: { in: removed.map((c) => c.id) } } });
      change.removed = removed.map((c) => c.slug);

      // Parents point at ids, so they are set once every concept exists.
      const ids = new Map(
        (await tx.concept.findMany({ select: { id: true, slug: true, parentId: true } })).map(
          (c) => [c.slug, c],
        ),
      );
      for (const definition of definitions) {
        const row = ids.get(definition.slug)!;
        const parentId = definition.parent ? ids.get(definition.parent)!.id : null;
        if (row.parentId !== parentId)
          await tx.concept.update({ where: { id: row.id }, data: { parentId } });
      }
      return change;
    },
    { timeout: 60_000 },
  );
}
