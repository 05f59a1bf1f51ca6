/** What the scope test reads of a paper: its arXiv categories and the concepts it is about. */
export interface ScopedPaper {
  categories: string[];
  /**
   * The concepts the paper is about, never those it only mentions; `implied` ones are broader
   * concepts of one it is about.
   */
  concepts: { slug: string; implied: boolean }[];
}

export interface Scope {
  categories: string[];
  /** null: any concept of the taxonomy. */
  concepts: string[] | null;
}

/**
 * Whether a paper belongs in the LLM digest: it lists one of the scope's categories (a listing
 * without categories, such as Hugging Face's, passes) and is about a scope concept or a narrower
 * one (whose tag implies it): naming a concept in passing does not bring a paper in. The one
 * place that decides scope, over stored tags.
 */
export function isInScope(paper: ScopedPaper, scope: Scope): boolean {
  const categoryOk =
    paper.categories.length === 0 || paper.categories.some((c) => scope.categories.includes(c));
  const conceptOk =
    scope.concepts === null
      ? paper.concepts.some((c) => !c.implied)
      : paper.concepts.some((c) => scope.concepts!.includes(c.slug));
  return categoryOk && conceptOk;
}
