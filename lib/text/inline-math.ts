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

const SUPERSCRIPTS: Record<string, string> = { ...Object.fromEntries([..."0123456789"].map((d, i) => [d, SUPERSCRIPT[i]!])), "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ", T: "ᵀ", "*": "*", "'": "′", "\\prime": "′" };
const SUBSCRIPTS: Record<string, string> = { ...Object.fromEntries([..."0123456789"].map((d, i) => [d, SUBSCRIPT[i]!])), "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎", a: "ₐ", e: "ₑ", o: "ₒ", x: "ₓ", i: "ᵢ", j: "ⱼ", k: "ₖ", n: "ₙ", m: "ₘ", p: "ₚ", s: "ₛ", t: "ₜ" };

/** A script in Unicode super- or subscript characters where each has one, else marked ^(...) or _(...). */
function script(body: string, marker: "^" | "_"): string {
  const map = marker === "^" ? SUPERSCRIPTS : SUBSCRIPTS;
  const chars = body.match(/\\prime|./gu) ?? [];
  if (chars.length > 0 && chars.every((c) => c in map)) return chars.map((c) => map[c]).join("");
  return chars.length === 1 ? `${marker}${body}` : `${marker}(${body})`;
}

/**
 * TeX as a line of plain text, for where no markup can go (a browser tab's title, a shared
 * link's description): "SD$^2$" reads SD², "$O(n^2)$" O(n²), "$\mathcal{L}_{KL}$" L_(KL).
 */
export function readableMath(tex: string, symbols: Record<string, string> = {}): string {
  const plain = plainMath(tex);
  if (plain !== null) return plain;
  let text = tex;
  // Innermost groups first: \frac{1}{2}, \mathbf{x}, then scripts whose bodies are now plain.
  for (let i = 0; i < 8 && /[{}]/.test(text); i++) {
    text = text
      .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, "$1/$2")
      .replace(/\\[a-zA-Z]+\s*\{([^{}]*)\}/g, "$1")
      .replace(/([\^_])\{([^{}]*)\}/g, (_, marker: "^" | "_", body: string) => script(body, marker))
      .replace(/\{([^{}]*)\}/g, "$1");
  }
  return text
    .replace(/([\^_])(\\prime|[^\s\\{}(])/g, (_, marker: "^" | "_", body: string) => script(body, marker))
    .replace(/\\([a-zA-Z]+|[%, ;:!])/g, (_, command: string) => SYMBOLS[command] ?? symbols[command] ?? (/^[a-zA-Z]/.test(command) ? command : " "))
    .replace(/\s+/g, " ")
    .trim();
}
