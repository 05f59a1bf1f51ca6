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

  // Real abstracts: an author's macro left unclosed (2507.09709) and a price (2503.09642) opened
  // a bracket or a math span that nothing closes, and every sentence after it became one.
  it("lets a bracket or dollar sign that the text never closes hold no sentences together", () => {
    const macro =
      "Understanding the latent space geometry of large language models (LLMs) is\nkey to interpreting their behavior and improving alignment. \\baturay{However,\nit remains unclear to what extent LLMs internally organize representations\nrelated to semantic understanding. To investigate this, we conduct a\nlarge-scale empirical study of hidden states in transformer-based LLMs,\nanalyzing 11 decoder-only models across 6 scientific topics and 12 layers each.\nWe find that high-level semantic information consistently lies in\nlow-dimensional subspaces that form linearly separable representations across\ndistinct domains.";
    expect(texts(macro).map((s) => s.slice(0, 24))).toEqual(["Understanding the latent", "To investigate this, we ", "We find that high-level "]);
    const price =
      "In this\nreport, we present Open-Sora 2.0, a commercial-level video generation model\ntrained for only $200k. With this model, we demonstrate that the cost of\ntraining a top-performing video generation model is highly controllable. We\ndetail all techniques that contribute to this efficiency breakthrough.";
    expect(texts(price)).toHaveLength(3);
    expect(texts("모델 학습 비용은 $200k였다. 이 모델로 비용을 통제할 수 있음을 보인다. \\note{참고로 모든 자원을 공개한다. 코드는 깃허브에 있다.", "ko")).toEqual([
      "모델 학습 비용은 $200k였다.",
      "이 모델로 비용을 통제할 수 있음을 보인다.",
      "\\note{참고로 모든 자원을 공개한다.",
      "코드는 깃허브에 있다.",
    ]);
    // Closed later, a bracket or math span still keeps its sentences together.
    expect(texts("Results improve (see the appendix. All runs agree). Cost was $O(n. m)$ here. Done.")).toHaveLength(3);
  });

  it("never joins sentences across paragraphs", () => {
    expect(texts("First paragraph ends (with an open bracket.\n\nsecond paragraph.")).toEqual(["First paragraph ends (with an open bracket.", "second paragraph."]);
  });

  // The shapes of the sample papers that were mispaired (2508.21085, 2508.12803, 2508.13426, 2508.12407, 2505.12763).
  it("ends a Korean sentence at a full stop after Hangul, whatever the next one begins with", () => {
    expect(texts("큰 폭의 개선을 이루었다. 1세대 모델을 바탕으로 한다. 7-8B 규모의 모델도 있다.", "ko")).toEqual(["큰 폭의 개선을 이루었다.", "1세대 모델을 바탕으로 한다.", "7-8B 규모의 모델도 있다."]);
    expect(texts("성능 저하는 무시할 만하다. \\textsc{ZigzagAttention}이라 이름 붙였다.", "ko")).toEqual(["성능 저하는 무시할 만하다.", "\\textsc{ZigzagAttention}이라 이름 붙였다."]);
    expect(texts("세 가지를 발견했다. (i) 첫째가 중요하다. (ii) 둘째도 그렇다. [3] 셋째다.", "ko")).toEqual(["세 가지를 발견했다.", "(i) 첫째가 중요하다.", "(ii) 둘째도 그렇다.", "[3] 셋째다."]);
    expect(texts("학습 코드를 공개한다. verl 프레임워크를 기반으로 한다. $G[q]$는 문법이다.", "ko")).toEqual(["학습 코드를 공개한다.", "verl 프레임워크를 기반으로 한다.", "$G[q]$는 문법이다."]);
  });

  it("keeps a Korean translator's note after a full stop with the sentence it explains, and list labels with theirs", () => {
    expect(texts("GPT-4o를 능가했다. (역주: 원문의 'Chinese'는 중국어를 뜻한다.) 이 연구는 유효하다.", "ko")).toEqual(["GPT-4o를 능가했다. (역주: 원문의 'Chinese'는 중국어를 뜻한다.)", "이 연구는 유효하다."]);
    expect(texts("근사하기 쉽다. (역주: 이상치 토큰) (3) 셋째 분포도 쉽다.", "ko")).toEqual(["근사하기 쉽다. (역주: 이상치 토큰)", "(3) 셋째 분포도 쉽다."]);
    expect(texts("끝이다. (역주: 마지막 메모.)", "ko")).toEqual(["끝이다. (역주: 마지막 메모.)"]);
    expect(texts("첫 문단이다.\n\n(역주: 새 문단의 메모.) 둘째 문단이다.", "ko")).toEqual(["첫 문단이다.", "(역주: 새 문단의 메모.)", "둘째 문단이다."]);
  });

  it("does not end a Korean sentence inside brackets or math, nor split English at a full stop before a lower-case word", () => {
    expect(texts("모델(예: 이것이다. 그리고 저것)은 좋다. 다음이다.", "ko")).toEqual(["모델(예: 이것이다. 그리고 저것)은 좋다.", "다음이다."]);
    expect(texts("We bound it by \\textbf{a. b} steps. Then we stop.")).toEqual(["We bound it by \\textbf{a. b} steps.", "Then we stop."]);
  });
});

