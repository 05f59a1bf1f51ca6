import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "./RichText";

const html = (text: string, marks?: [number, number][]) =>
  renderToStaticMarkup(<RichText text={text} marks={marks} />);

describe("RichText", () => {
  it("renders the sample abstracts' TeX markup as HTML elements", () => {
    expect(html("the ``seesaw phenomenon'', a novel \\emph{Core Parameter Isolation}")).toBe(
      "the \u201cseesaw phenomenon\u201d, a novel <em>Core Parameter Isolation</em>",
    );
    expect(html("LLM \\textbf{Mantra-14B} with ~3\\% gain")).toBe(
      "LLM <strong>Mantra-14B</strong> with ~3% gain",
    );
    expect(
      html("\\underline{E}nergy, \\textit{PCA}, \\textsc{ZigzagAttention}, \\texttt{DialogTool}"),
    ).toBe(
      '<u>E</u>nergy, <i>PCA</i>, <span class="[font-variant-caps:small-caps]">ZigzagAttention</span>, <code class="text-[0.9em]">DialogTool</code>',
    );
    expect(html("\\textbf{bold \\emph{and} more}")).toBe("<strong>bold <em>and</em> more</strong>");
  });

  it("links http(s) addresses with rel noopener noreferrer nofollow, and nothing else", () => {
    const out = html(
      "at https://huggingface.co/collections/ibm-granite, and \\href{javascript:alert(1)}{this}",
    );
    expect(out).toContain(
      '<a href="https://huggingface.co/collections/ibm-granite" rel="noopener noreferrer nofollow"',
    );
    expect(out).not.toContain("javascript");
    expect(out).toMatch(/, and this$/);
  });

  it("never interprets HTML in the text or inside markup", () => {
    const out = html(
      'We show <img src=x onerror="alert(1)"> and \\emph{<script>alert(1)</script>}',
    );
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(out).toContain("<em>&lt;script&gt;");
  });

  it("marks search matches inside and across markup, with math rendered", () => {
    const text = "SD$^2$ uses \\emph{sparse drafters} for speed";
    const sparse = text.indexOf("sparse");
    const mark = (inner: string) =>
      `<mark class="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">${inner}</mark>`;
    expect(
      html(text, [
        [sparse, sparse + 6],
        [text.indexOf("speed"), text.length],
      ]),
    ).toBe(`SD² uses ${mark("<em>sparse</em>")}<em> drafters</em> for ${mark("speed")}`);
  });
});
