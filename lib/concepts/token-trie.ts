import type { Token } from "./tokenize.ts";

/** Aliases as a trie over their words: matching walks only as far as the text agrees. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Concepts whose alias ends here. */
  slugs: string[] | null;
}

export function emptyTrie(): TrieNode {
  return { next: new Map(), slugs: null };
}

export function insertAlias(root: TrieNode, words: string[], slug: string): void {
  if (words.length === 0) return;
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = emptyTrie();
      node.next.set(word, child);
    }
    node = child;
  }
  node.slugs = node.slugs ? [...new Set([...node.slugs, slug])] : [slug];
}

export function countAliases(root: TrieNode): number {
  let count = root.slugs ? 1 : 0;
  for (const child of root.next.values()) count += countAliases(child);
  return count;
}

export interface TrieMatch {
  /** Index of the last word matched. */
  end: number;
  /** How much of the last word the alias covers (less than all of it when a particle follows). */
  lastLength: number;
  slugs: string[];
}

/**
 * The longest alias starting at tokens[start] and ending before tokens[end], matched on each
 * token's text as written (`exact`) or lower-cased. `last(word)` gives the forms a word may take
 * when it ends an alias (a plural's singular, a Korean noun without its particle).
 */
export function longestMatch(
  root: TrieNode,
  tokens: readonly Token[],
  start: number,
  end: number,
  exact: boolean,
  last: (word: string) => string[],
): TrieMatch | null {
  let node = root;
  let best: TrieMatch | null = null;
  for (let i = start; i < end; i++) {
    const word = exact ? tokens[i]!.text : tokens[i]!.key;
    for (const form of last(word)) {
      const end = node.next.get(form);
      if (end?.slugs && (!best || best.end < i))
        best = { end: i, lastLength: form.length, slugs: end.slugs };
    }
    const child = node.next.get(word);
    if (!child) break;
    node = child;
    if (node.slugs) best = { end: i, lastLength: word.length, slugs: node.slugs };
  }
  return best;
}
