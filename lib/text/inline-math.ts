// Inline LaTeX in abstracts: $...$ and \(...\). A dollar only opens math before a non-space and
// only closes it after one, so prices ("$5 and $10") stay text.
const MATH = /(?<!\\)\$(?!\s)((?:\\.|[^$\\\n]){1,300}?)(?<!\s)(?<!\\)\$|\\\(((?:\\.|[^\n]){1,300}?)\\\)/g;

export interface MathSpan {
  start: number;
  end: number;
  /** The TeX between the delimiters. */
  tex: string;
}

export function findInlineMath(text: string): MathSpan[] {
  return [...text.matchAll(MATH)].map((m) => ({ start: m.index, end: m.index + m[0].length, tex: (m[1] ?? m[2])! }));
}
