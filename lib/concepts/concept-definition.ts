import { z } from "zod";
import { isWellFormedText, normalizeInline } from "../text/normalize-text.ts";

const text = z.string().refine(isWellFormedText, "contains invalid Unicode").transform(normalizeInline).pipe(z.string().min(1, "must not be empty"));
const list = z.array(text).default([]);
const sentences = (lang: string) =>
  text.refine((v) => (v.match(/[.!?。](\s|$)/g) ?? []).length >= 2, `must be at least two sentences in ${lang}`);

/** One concept as written in content/concepts/*.yaml (format: content/README.md). */
export const ConceptDefinitionSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase kebab-case, e.g. low-rank-adaptation"),
    parent: z.string().optional(),
    name: z.object({ en: text, ko: text }),
    aliases: z
      .object({
        en: list,
        acronyms: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
        ko: list,
        /** Phrases that contain an alias but mean something else ("visual tokenizer"); they tag nothing. */
        not: list,
      })
      .default({ en: [], acronyms: [], ko: [], not: [] }),
    /** A score a paper must reach for this concept, when one plain mention is too little. */
    minScore: z.number().positive().optional(),
    description: z.object({ en: sentences("English"), ko: sentences("Korean") }),
    related: z.array(z.string()).default([]),
  })
  .strict();

export type ConceptDefinition = z.output<typeof ConceptDefinitionSchema> & { position: number; file: string };
