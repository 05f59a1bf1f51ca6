import { describe, expect, it } from "vitest";
import { readableMath } from "./inline-math.ts";
import { groupBySpans, plainText, runsWithin } from "./rich-runs.ts";
import { texRuns } from "./tex-text.ts";

describe("plainText", () => {
  it("reads titles with math and markup as one line for a browser tab or a shared link", () => {
    expect(plainText("SD$^2$: Self-Distilled Sparse Drafters")).toBe(
      "SD²: Self-Distilled Sparse Drafters",
    );
    expect(plainText("\\textsc{FastCuRL}: ``Curriculum'' RL with $O(n^2)$ cost --- 3\\%")).toBe(
      "FastCuRL: \u201cCurriculum\u201d RL with O(n²) cost \u2014 3%",
    );
    expect(plainText("Hierarchical Diffusion\nPolicy~(H$^{\\mathbf{3}}$DP)")).toBe(
      "Hierarchical Diffusion Policy (H³DP)",
    );
  });
});

describe("readableMath", () => {
  it("writes TeX KaTeX would typeset in Unicode where it can, marked scripts where it cannot", () => {
    expect(
      [
        "O(n^2)",
        "\\mathcal{L}_{KL}",
        "\\frac{1}{2}",
        "x_i + y^{n}",
        "\\alpha \\leq 0.5",
        "H^{\\mathbf{3}DP}",
      ].map((t) => readableMath(t, { alpha: "α" })),
    ).toEqual(["O(n²)", "L_(KL)", "1/2", "xᵢ + yⁿ", "α ≤ 0.5", "H^(3DP)"]);
  });
});

describe("runsWithin and groupBySpans", () => {
  const text = "We tune \\emph{LoRA adapters} at 4\\% cost.";
  const runs = texRuns(text);

  it("cuts verbatim runs at a range's ends and keeps other runs whole", () => {
    const from = text.indexOf("adapters");
    expect(runsWithin(runs, from, text.length).map((r) => r.text)).toEqual([
      "adapters",
      " at 4",
      "%",
      " cost.",
    ]);
  });

  it("groups runs by the span holding them, cutting verbatim runs at span bounds", () => {
    const lora = text.indexOf("LoRA");
    const groups = groupBySpans(runs, [
      { start: lora, end: lora + 4, slug: "lora" },
      { start: lora + 2, end: lora + 9, slug: "overlapping" },
    ]);
    expect(groups.map((g) => [g.span?.slug ?? "", g.runs.map((r) => r.text).join("|")])).toEqual([
      ["", "We tune "],
      ["lora", "LoRA"],
      ["", " adapters| at 4|%| cost."],
    ]);
  });
});
