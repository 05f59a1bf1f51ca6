import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "./RichText";

const html = (text: string) => renderToStaticMarkup(<RichText text={text} />);

describe("RichText: inline math", () => {
  it("renders inline TeX as KaTeX HTML with MathML and leaves the rest as text", () => {
    const out = html("Bounds of $O(n^2)$: tight");
    expect(out).toContain('class="katex"');
    expect(out).toContain("<math");
    expect(out).toMatch(/^Bounds of <span class="inline-math">.*<\/span>: tight$/);
    expect(html("SD$^2$ gives $\\times$1.59 and CO$_2$")).toBe("SD² gives ×1.59 and CO₂");
  });

  it("shows TeX it cannot or must not render as its escaped source", () => {
    expect(html("Broken $\\frac{1$ here")).toContain("<code");
    const loop = html("A loop $\\def\\a{\\a}\\a$ stops");
    expect(loop).toContain("<code");
    const link = html("A $\\href{javascript:alert(1)}{x}$ link");
    expect(link).not.toMatch(/href="javascript/);
    expect(html("Tags $<img src=x onerror=alert(1)>$ stay text")).not.toContain("<img");
  });
});
