import type { ConceptDefinition } from "./concept-definition.ts";
import type { AboutModel } from "./learned/about-model.ts";
import { emptyTrie, insertAlias, type TrieNode } from "./token-trie.ts";
import { aliasKey, HANGUL } from "./tokenize.ts";

export interface TaggerConcept {
  slug: string;
  parent: string | null;
  /** Score needed to assign it. */
  minScore: number;
  /** Parent, grandparent, ... up to the family root. */
  ancestors: string[];
}

/** Aliases compiled into word tries: built once, then tagging walks each text once. */
export interface Tagger {
  concepts: Map<string, TaggerConcept>;
  /** Latin aliases, lower-cased, matched whatever their case. */
  folded: TrieNode;
  /** Acronyms such as RAG or LoRA, matched only as written. */
  exact: TrieNode;
  /** Korean aliases, matched with particles attached to their last word. */
  korean: TrieNode;
  /** The learned layer; without it every concept is decided by its lexical score. */
  about: AboutModel | null;
}

/** The pseudo-concept of "not" phrases: matched, then dropped. */
export const NOTHING = "";

/** Bump when the tagger's rules change (scoring, contexts, acronyms): every concept's definition hash changes with it, so stored papers are re-tagged once on the next start or `npm run retag`. */
export const TAGGER_VERSION = 4;

/** A concept is assigned when its score reaches this, unless it sets its own minimum: a title mention, a mention about the paper's own work or a repeated mention does; one passing mention (1) does not. */
export const ASSIGN_THRESHOLD = 1.5;

const words = (alias: string, caseSensitive: boolean) => aliasKey(alias, caseSensitive).split(" ").filter(Boolean);

type Definition = Pick<ConceptDefinition, "slug" | "parent" | "aliases" | "name" | "minScore">;

export function compileTagger(definitions: Definition[], about: AboutModel | null = null): Tagger {
  const parents = new Map(definitions.map((d) => [d.slug, d.parent ?? null]));
  const tries = { folded: emptyTrie(), exact: emptyTrie(), korean: emptyTrie() };
  const tagger: Tagger = { concepts: new Map(), ...tries, about };
  for (const definition of definitions) {
    const ancestors: string[] = [];
    for (let up = parents.get(definition.slug); up && !ancestors.includes(up); up = parents.get(up) ?? null) ancestors.push(up);
    tagger.concepts.set(definition.slug, { slug: definition.slug, parent: definition.parent ?? null, minScore: definition.minScore ?? ASSIGN_THRESHOLD, ancestors });

    const latin = definition.aliases.en.filter((a) => !HANGUL.test(a));
    const korean = [...definition.aliases.ko, ...definition.aliases.en.filter((a) => HANGUL.test(a))];
    for (const alias of latin) insertAlias(tagger.folded, words(alias, false), definition.slug);
    for (const alias of definition.aliases.acronyms) insertAlias(tagger.exact, words(alias, true), definition.slug);
    // A "not" phrase is matched like an alias but tags nothing, so it hides the alias inside it.
    for (const phrase of definition.aliases.not) insertAlias(HANGUL.test(phrase) ? tagger.korean : tagger.folded, words(phrase, false), NOTHING);
    for (const alias of korean) {
      insertAlias(tagger.korean, words(alias, false), definition.slug);
      // Korean writers often close up spaces: 검색 증강 생성 = 검색증강생성.
      insertAlias(tagger.korean, [words(alias, false).join("")], definition.slug);
    }
  }
  return tagger;
}
