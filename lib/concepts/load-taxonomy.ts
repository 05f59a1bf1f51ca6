import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { fieldPath, type IngestIssue } from "../ingest/ingest-issue.ts";
import { ConceptDefinitionSchema, type ConceptDefinition } from "./concept-definition.ts";

export const TAXONOMY_DIR = path.join("content", "concepts");

export type TaxonomyResult = { ok: true; concepts: ConceptDefinition[] } | { ok: false; issues: IngestIssue[] };

/**
 * Reads and checks the taxonomy: every file a YAML list of concepts; slugs unique; parents and
 * related concepts exist; no cycles. Problems name file, concept and field.
 */
export function loadTaxonomy(dir = TAXONOMY_DIR): TaxonomyResult {
  const issues: IngestIssue[] = [];
  const concepts: ConceptDefinition[] = [];
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  for (const name of files) {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(file, "utf8"));
    } catch (error) {
      issues.push({ file, message: `is not valid YAML: ${(error as Error).message.split("\n")[0]}` });
      continue;
    }
    if (!Array.isArray(data)) {
      issues.push({ file, message: "must be a YAML list of concepts" });
      continue;
    }
    data.forEach((entry, i) => {
      const parsed = ConceptDefinitionSchema.safeParse(entry);
      const record = `concept ${i + 1}${typeof entry?.slug === "string" ? ` (${entry.slug})` : ""}`;
      if (!parsed.success) {
        for (const issue of parsed.error.issues) issues.push({ file, record, field: fieldPath(issue.path) || undefined, message: issue.message });
        return;
      }
      concepts.push({ ...parsed.data, position: concepts.length, file });
    });
  }

  const bySlug = new Map<string, ConceptDefinition>();
  for (const concept of concepts) {
    if (bySlug.has(concept.slug)) issues.push({ file: concept.file, record: concept.slug, field: "slug", message: `is also defined in ${bySlug.get(concept.slug)!.file}` });
    bySlug.set(concept.slug, concept);
  }
  for (const concept of concepts) {
    if (concept.parent && !bySlug.has(concept.parent)) issues.push({ file: concept.file, record: concept.slug, field: "parent", message: `names "${concept.parent}", which is not a concept` });
    for (const related of concept.related) {
      if (!bySlug.has(related)) issues.push({ file: concept.file, record: concept.slug, field: "related", message: `names "${related}", which is not a concept` });
    }
    const seen = new Set([concept.slug]);
    for (let up = concept.parent; up; up = bySlug.get(up)?.parent) {
      if (seen.has(up)) {
        issues.push({ file: concept.file, record: concept.slug, field: "parent", message: "makes a cycle in the hierarchy" });
        break;
      }
      seen.add(up);
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, concepts };
}
