import { normalizeInline } from "../text/normalize-text.ts";

/**
 * The identity of a paper known only by its title: case, accents of Latin letters, punctuation,
 * LaTeX markup and spacing are ignored, so that a blog post's copy and the arXiv record match.
 */
export function titleKey(title: string): string {
  return normalizeInline(title)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\\[a-z]+/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
