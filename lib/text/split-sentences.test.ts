import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.ts";

const texts = (text: string, lang: "en" | "ko" = "en") => splitSentences(text, lang).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps abbreviations, figure and section references, decimals and et al. inside a sentence", () => {
    expect(texts("Smith et al. showed a 3.5% gain vs. baselines (Fig. 2). See Sec. 3.1 for details! Is it? Yes.")).toEqual([
      "Smith et al. showed a 3.5% gain vs. baselines (Fig. 2).",
      "See Sec. 3.1 for details!",
      "Is it?",
      "Yes.",
    ]);
    expect(texts("Large language models (LLMs), e.g. GPT-4, are strong. They are costly.")).toEqual(["Large language models (LLMs), e.g. GPT-4, are strong.", "They are costly."]);
  });

  it("does not break inside brackets or inline LaTeX", () => {
    expect(texts("We bound it by $O(n. m)$ steps. Then we stop.")).toEqual(["We bound it by $O(n. m)$ steps.", "Then we stop."]);
    expect(texts("Results improve (see the appendix. All runs agree). Done.")).toEqual(["Results improve (see the appendix. All runs agree).", "Done."]);
  });

  it("splits real abstracts in English and Korean, with offsets into the text", () => {
    const en = "Speculative decoding is a powerful technique for reducing the latency of Large Language Models (LLMs), offering a fault-tolerant framework that enables the use of highly compressed draft models. In this work, we introduce Self-Distilled Sparse Drafters (SD$^2$), a novel methodology. On a Llama-3.1-70B target model, SD$^2$ provides a $\\times$1.59 higher Mean Accepted Length (MAL) compared to layer-pruned draft models.";
    const sentences = splitSentences(en, "en");
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(en.slice(s.start, s.end)).toBe(s.text);
    const ko = "추측 디코딩은 대규모 언어 모델(LLM)의 지연 시간을 줄이는 강력한 기법이다. 이 연구에서 우리는 SD$^2$를 소개한다. Llama-3.1-70B 목표 모델에서 SD$^2$는 평균 수락 길이(MAL)를 1.59배 높인다.";
    expect(texts(ko, "ko")).toEqual(["추측 디코딩은 대규모 언어 모델(LLM)의 지연 시간을 줄이는 강력한 기법이다.", "이 연구에서 우리는 SD$^2$를 소개한다.", "Llama-3.1-70B 목표 모델에서 SD$^2$는 평균 수락 길이(MAL)를 1.59배 높인다."]);
  });

  it("never joins sentences across paragraphs", () => {
    expect(texts("First paragraph ends (with an open bracket.\n\nsecond paragraph.")).toEqual(["First paragraph ends (with an open bracket.", "second paragraph."]);
  });
});
