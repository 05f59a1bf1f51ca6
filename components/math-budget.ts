import { cache } from "react";

/**
 * Characters of KaTeX HTML one page may hold (a typical formula is 0.5-1.5 kB, a dense one 6 kB;
 * the page carries each twice, as HTML and in its React payload). Past it, math shows as its TeX
 * source: one paper of dense math made a 12 MB page.
 */
export const MATH_HTML_BUDGET = 300_000;

/** What is left of this request's budget; React's cache() gives each server render its own. */
export const mathBudget = cache(() => ({ left: MATH_HTML_BUDGET }));
