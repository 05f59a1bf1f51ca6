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

const SYMBOLS: Record<string, string> = {
  times: "×", cdot: "·", pm: "±", sim: "~", approx: "≈", le: "≤", leq: "≤", ge: "≥", geq: "≥", neq: "≠", to: "→", rightarrow: "→",
  infty: "∞", alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", lambda: "λ", mu: "μ", sigma: "σ", tau: "τ", "%": "%", ",": " ", " ": " ",
};
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉";
const digitsIn = (digits: string, script: string) => [...digits].map((d) => script[Number(d)]).join("");
const PLAIN = /^(?:[0-9.,%+\-/:=<>() ]|\\(?:[a-z]+|[%, ])|[\^_](?:\{[0-9]+\}|[0-9]))*$/;

/**
 * The text TeX reads as when it is only numbers, digit super- and subscripts and common symbols
 * ("4", "98\%", "^2", "_2", "\times"); null when it needs real typesetting. Such math set as
 * plain text keeps the body font and wraps like the words around it ("GPU $4$개", "CO$_2$").
 */
export function plainMath(tex: string): string | null {
  if (!PLAIN.test(tex)) return null;
  let unknown = false;
  const text = tex.replace(/\\([a-z]+|[%, ])|([\^_])(?:\{([0-9]+)\}|([0-9]))/g, (_, command: string | undefined, script: string, braced: string, single: string) => {
    if (command !== undefined) return SYMBOLS[command] ?? ((unknown = true), "");
    return digitsIn(braced ?? single, script === "^" ? SUPERSCRIPT : SUBSCRIPT);
  });
  return unknown ? null : text.trim();
}
