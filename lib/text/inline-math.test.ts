import { describe, expect, it } from "vitest";
import { findInlineMath, plainMath } from "./inline-math.ts";

const texs = (text: string) => findInlineMath(text).map((m) => m.tex);

describe("findInlineMath", () => {
  it("finds dollar and \\( \\) math with offsets of the whole span", () => {
    const text = "SD$^2$ gives $\\times$1.59 and \\(O(n \\log n)\\) time.";
    expect(texs(text)).toEqual(["^2", "\\times", "O(n \\log n)"]);
    for (const m of findInlineMath(text)) expect(text.slice(m.start, m.end)).toMatch(/^(\$|\\\().*(\$|\\\))$/);
  });

  it("leaves prices, escaped dollars and unclosed math as text", () => {
    expect(texs("It costs $5 and $10 per run.")).toEqual([]);
    expect(texs("Escaped \\$x\\$ stays.")).toEqual([]);
    expect(texs("An unclosed $x + y")).toEqual([]);
  });

  it("sets numbers, digit scripts and common symbols as plain text, anything else as math", () => {
    expect(["4", "2.45", "98\\%", "^2", "_{2}", "\\times", " 10^{3} ", "\\sim 5"].map(plainMath)).toEqual(["4", "2.45", "98%", "²", "₂", "×", "10³", "~ 5"]);
    expect(["n", "O(n^2)", "\\mathcal{L}", "x_i", "\\frac{1}{2}", "^{n}"].map(plainMath)).toEqual([null, null, null, null, null, null]);
  });
});
