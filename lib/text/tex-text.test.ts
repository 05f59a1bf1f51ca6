import { describe, expect, it } from "vitest";
import { safeHref, texRuns, type RichRun } from "./tex-text.ts";

/** Runs as [text, styles, href] for readable expectations. */
const shown = (text: string) =>
  texRuns(text).map((r) => [r.text, r.styles.join("+"), r.href ?? r.math ?? ""] as const);
const display = (text: string) =>
  texRuns(text)
    .map((r) => r.text)
    .join("");

describe("texRuns", () => {
  it("sets the sample abstracts' markup in its styles and keeps offsets into the source", () => {
    // 2509.xxxx (2025-09-01 digest), 2504 (2025-04-15), 2508 (2025-08-05, 2025-08-19).
    const text =
      "from the ``seesaw phenomenon'', we propose a novel \\emph{Core Parameter Isolation Fine-Tuning} (CPI-FT)";
    expect(shown(text)).toEqual([
      ["from the ", "", ""],
      ["\u201c", "", ""],
      ["seesaw phenomenon", "", ""],
      ["\u201d", "", ""],
      [", we propose a novel ", "", ""],
      ["Core Parameter Isolation Fine-Tuning", "em", ""],
      [" (CPI-FT)", "", ""],
    ]);
    for (const run of texRuns(text).filter((r) => r.verbatim))
      expect(text.slice(run.start, run.end)).toBe(run.text);
    expect(shown("LLM \\textbf{Mantra-14B} with ~3\\% average")).toEqual([
      ["LLM ", "", ""],
      ["Mantra-14B", "strong", ""],
      [" with ~3", "", ""],
      ["%", "", ""],
      [" average", "", ""],
    ]);
    expect(
      display("\\underline{E}nergy of matrix, \\textit{PCA}, named \\textsc{ZigzagAttention}"),
    ).toBe("Energy of matrix, PCA, named ZigzagAttention");
    expect(texRuns("\\underline{E}nergy")[0]).toMatchObject({ text: "E", styles: ["underline"] });
    expect(texRuns("\\textsc{ZigzagAttention}이라")[0]).toMatchObject({
      text: "ZigzagAttention",
      styles: ["smallcaps"],
    });
    expect(display("이른바 ``시소 현상''을 겪기 쉽다")).toBe(
      "이른바 \u201c시소 현상\u201d을 겪기 쉽다",
    );
  });

  it("reads escapes, ties, dashes, accents and symbols as the characters they stand for", () => {
    expect(display("S\\&R at \\$32,000, 5\\textperthousand, \\#1, SViMo\\_project")).toBe(
      "S&R at $32,000, 5‰, #1, SViMo_project",
    );
    expect(display("Fig.~2 shows (~5x) and ~10% and \\InfR~ aims")).toBe(
      "Fig.\u00a02 shows (~5x) and ~10% and \\InfR aims",
    );
    expect(display("pages 2--3 --- or not; tokens\\textemdash discrete")).toBe(
      "pages 2\u20133 \u2014 or not; tokens\u2014discrete",
    );
    expect(display("\\'Eclair, na\\\"ive, Reabilita\\c{c}\\~ao, vis-\\`a-vis, \\'{\\i}")).toBe(
      "Éclair, naïve, Reabilitação, vis-à-vis, í",
    );
    expect(display("360{\\deg} scenes, {\\Theta}(40K) clips, MC\\textsuperscript{2}")).toBe(
      "360° scenes, Θ(40K) clips, MC2",
    );
    expect(texRuns("MC\\textsuperscript{2}").at(-1)).toMatchObject({ text: "2", styles: ["sup"] });
    expect(display("\\LaTeX{} and \\ldots, e.g.\\ crop")).toBe("LaTeX and …, e.g. crop");
  });

  it("keeps unknown commands readable: a bare macro as written, a macro's argument as its text", () => {
    expect(shown("our \\method consistently")).toEqual([
      ["our ", "", ""],
      ["\\method", "code", ""],
      [" consistently", "", ""],
    ]);
    expect(
      display("\\benchname{}, a benchmark; \\RED{However, existing works}; \\color{ddtD}ecoupled"),
    ).toBe("\\benchname, a benchmark; However, existing works; ecoupled");
    expect(display("(GRPO)~\\cite{Shao-2024-Deepseekmath}, \\label{x}known")).toBe(
      "(GRPO)\u00a0[Shao-2024-Deepseekmath], known",
    );
    expect(display("{\\em entropy collapse} in")).toBe("entropy collapse in");
    expect(texRuns("{\\em entropy collapse} in")[0]).toMatchObject({
      text: "entropy collapse",
      styles: ["em"],
    });
    expect(display("investigate how \\verb|Llama-3.2-1B| represents")).toBe(
      "investigate how Llama-3.2-1B represents",
    );
  });

  it("links http(s) addresses, written out or in \\url and \\href, without trailing punctuation", () => {
    const links = (text: string) =>
      texRuns(text)
        .filter((r) => r.href)
        .map((r) => [r.text, r.href]);
    expect(
      links(
        "under the Apache 2.0 license at https://huggingface.co/collections/ibm-granite, enabling",
      ),
    ).toEqual([
      [
        "https://huggingface.co/collections/ibm-granite",
        "https://huggingface.co/collections/ibm-granite",
      ],
    ]);
    expect(links("https://huggingface.co/collections/ibm-granite 에 공개되어")[0]![1]).toBe(
      "https://huggingface.co/collections/ibm-granite",
    );
    expect(links("at https://github.com/Droliven/SViMo\\_project.")).toEqual([
      ["https://github.com/Droliven/SViMo_project", "https://github.com/Droliven/SViMo_project"],
    ]);
    expect(
      links(
        "at \\url{https://github.com/DAMO-NLP-SG/x} and \\href{https://hf.co/d}{\\textcolor{blue}{here}}",
      ),
    ).toEqual([
      ["https://github.com/DAMO-NLP-SG/x", "https://github.com/DAMO-NLP-SG/x"],
      ["here", "https://hf.co/d"],
    ]);
    expect(
      links(
        "\\href{javascript:alert(1)}{click} javascript:alert(2) data:text/html,x ftp://x.org/a",
      ),
    ).toEqual([]);
    expect(display("\\href{javascript:alert(1)}{click}")).toBe("click");
    expect(safeHref("https://x.org/a\\_b")).toBe("https://x.org/a_b");
    expect(safeHref("JavaScript:alert(1)")).toBeNull();
  });

  it("leaves inline math whole for KaTeX, HTML as text, and survives hostile input", () => {
    const math = texRuns("SD$^2$ provides a $\\times$1.59 higher \\textbf{rate of $O(n)$}");
    expect(
      math.filter((r) => r.math !== undefined).map((r) => [r.math, r.styles.join("+")]),
    ).toEqual([
      ["^2", ""],
      ["\\times", ""],
      ["O(n)", "strong"],
    ]);
    expect(display("<img src=x onerror=alert(1)> \\emph{<b>}")).toBe(
      "<img src=x onerror=alert(1)> <b>",
    );
    const deep = "{".repeat(50_000) + "x" + "}".repeat(50_000);
    expect(display(deep)).toContain("x");
    for (const hostile of [
      "\\",
      "\\emph{unclosed",
      "}}}",
      "\\'",
      "\\verb",
      "\\href{",
      "``",
      "\\c{}",
      "\\url{javascript:x}",
    ]) {
      const runs: RichRun[] = texRuns(hostile);
      for (const run of runs) expect(run.start).toBeLessThanOrEqual(run.end);
    }
    expect(display("\\emph{unclosed")).toBe("unclosed");
  });
});
