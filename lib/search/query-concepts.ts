import type { Db } from "../db/create-db.ts";
import type { ConceptDefinition } from "../concepts/concept-definition.ts";
import { loadTagger, type StoredTagger } from "../concepts/load-tagger.ts";
import { findMentions } from "../concepts/find-mentions.ts";
import { searchTokens } from "./search-tokens.ts";

interface QueryTagger extends StoredTagger {
  /** Each concept's names and aliases in both languages, as token phrases. */
  names: Map<string, string[][]>;
}

let cached: { fingerprint: string; tagger: QueryTagger | null } | null = null;

/**
 * "LoRA (low-rank adaptation)" names LoRA and low-rank adaptation; "검색 증강 생성(RAG)" 검색 증강 생성 and
 * RAG.
 */
const nameParts = (name: string) =>
  name
    .split(/[()]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** The taxonomy's tagger and names, compiled again only when a concept definition changed. */
async function currentTagger(
  db: Db,
  concepts: { id: number; definitionHash: string }[],
): Promise<QueryTagger | null> {
  const fingerprint = [...concepts]
    .sort((a, b) => a.id - b.id)
    .map((r) => `${r.id}:${r.definitionHash}`)
    .join(",");
  if (cached?.fingerprint === fingerprint) return cached.tagger;
  const stored = await loadTagger(db);
  const rows = await db.concept.findMany({
    select: { slug: true, nameEn: true, nameKo: true, aliases: true },
    orderBy: { id: "asc" },
  });
  const own = new Map(
    rows.map((row) => {
      const aliases = row.aliases as ConceptDefinition["aliases"];
      const written = [
        ...nameParts(row.nameEn),
        ...nameParts(row.nameKo),
        ...aliases.acronyms,
        ...aliases.en,
        ...aliases.ko,
      ];
      return [row.slug, written.map((w) => searchTokens(w)).filter((tokens) => tokens.length > 0)];
    }),
  );
  // A concept's papers include its narrower concepts' (QLoRA's are LoRA's): their names count too,
  // after its own.
  const names = new Map(rows.map((row) => [row.slug, [...own.get(row.slug)!]]));
  for (const [slug, concept] of stored?.tagger.concepts ?? []) {
    for (const ancestor of concept.ancestors) names.get(ancestor)?.push(...own.get(slug)!);
  }
  cached = { fingerprint, tagger: stored ? { ...stored, names } : null };
  return cached.tagger;
}

/**
 * A concept the query's words name: which of its words (phrases [from, to)) and the concept's names
 * as token phrases.
 */
export interface NamedConcept {
  conceptId: number;
  slug: string;
  from: number;
  to: number;
  /** The words are the concept's name, not just part of a longer word ("LLaMA" in "LLaMA-2"). */
  whole: boolean;
  names: string[][];
}

/**
 * The concepts a query's words name ("LoRA 양자화" names lora and quantization, "검색증강생성"
 * rag), each with the run of words that names it. `words` are the query's phrases as typed;
 * `concepts` the stored concepts, which the caller has read already.
 */
export async function conceptsNamedIn(
  db: Db,
  words: string[],
  concepts: { id: number; definitionHash: string }[],
): Promise<NamedConcept[]> {
  if (words.every((w) => !w.trim())) return [];
  const stored = await currentTagger(db, concepts);
  if (!stored) return [];
  const starts: number[] = [];
  let text = "";
  for (const word of words) {
    starts.push(text.length + (text ? 1 : 0));
    text += (text ? " " : "") + word;
  }
  const phraseAt = (offset: number) => starts.findLastIndex((start) => start <= offset);
  // Every concept the words name counts, whether or not a paper with this title would be about it.
  const mentions = findMentions(stored.tagger, { title: text, abstractEn: "" }).concepts;
  return [...mentions]
    .map(([slug, found]) => ({ slug, ...found }))
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
    .flatMap((tag) => {
      const conceptId = stored.conceptIds.get(tag.slug);
      const [first] = tag.evidence;
      if (conceptId === undefined || !first) return [];
      // A name that is whole words (a Korean particle may follow) stands for them; "LLaMA-2" names
      // a model, not the LLaMA family.
      const whole = tag.evidence.find((e) => {
        const last = phraseAt(e.end - 1);
        return (
          starts.includes(e.start) &&
          /^[\uac00-\ud7a3]*$/.test(text.slice(e.end, starts[last]! + words[last]!.length))
        );
      });
      const span = whole ?? first;
      return [
        {
          conceptId,
          slug: tag.slug,
          from: phraseAt(span.start),
          to: phraseAt(span.end - 1) + 1,
          whole: whole !== undefined,
          names: stored.names.get(tag.slug) ?? [],
        },
      ];
    });
}
