import "katex/dist/katex.min.css";
import katex from "katex";
import { plainMath } from "@/lib/text/inline-math";
import { mathBudget } from "./math-budget";

/**
 * Inline TeX rendered to HTML and MathML on the server; no script reaches the page. Numbers and
 * simple symbols become plain text; TeX KaTeX cannot parse stays as its source text. Limits keep
 * hostile macros from expanding without end, and a page's math within MATH_HTML_BUDGET.
 */
export function InlineMath({ tex, source }: { tex: string; source: string }) {
  const plain = plainMath(tex);
  if (plain !== null) return plain;
  const budget = mathBudget();
  if (budget.left <= 0) return <code className="text-[0.9em]">{source}</code>;
  let html: string;
  try {
    html = katex.renderToString(tex, { throwOnError: true, output: "htmlAndMathml", strict: "ignore", trust: false, maxExpand: 100, maxSize: 20 });
  } catch {
    return <code className="text-[0.9em]">{source}</code>;
  }
  budget.left -= html.length;
  return <span className="inline-math" dangerouslySetInnerHTML={{ __html: html }} />;
}
