import "katex/dist/katex.min.css";
import katex from "katex";
import { plainMath } from "@/lib/text/inline-math";

/**
 * Inline TeX rendered to HTML and MathML on the server; no script reaches the page. Numbers and
 * simple symbols become plain text; TeX KaTeX cannot parse stays as its source text. Limits keep hostile macros from expanding without end.
 */
export function InlineMath({ tex, source }: { tex: string; source: string }) {
  const plain = plainMath(tex);
  if (plain !== null) return plain;
  let html: string;
  try {
    html = katex.renderToString(tex, { throwOnError: true, output: "htmlAndMathml", strict: "ignore", trust: false, maxExpand: 100, maxSize: 20 });
  } catch {
    return <code className="text-[0.9em]">{source}</code>;
  }
  return <span className="inline-math" dangerouslySetInnerHTML={{ __html: html }} />;
}
