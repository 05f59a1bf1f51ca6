import { describe, expect, it } from "vitest";
import { findInlineMath } from "./inline-math.ts";

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
});
