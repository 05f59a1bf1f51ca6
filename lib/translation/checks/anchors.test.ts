import { describe, expect, it } from "vitest";
import { loadGlossary } from "../glossary.ts";
import { anchorsOf } from "./anchors.ts";

const glossary = loadGlossary();
/** Each anchor of the English with whether the Korean keeps it. */
const kept = (english: string, korean: string) =>
  anchorsOf(english, glossary).map(
    (a) => `${a.kind}:${a.text}:${a.kept(korean) ? "kept" : "lost"}`,
  );

describe("anchors of an English sentence", () => {
  it("keep names as Korean writes them: singular, and the name inside a compound", () => {
    expect(
      kept(
        "Accurate detection of AI-generated text is crucial for the responsible use of LLMs.",
        "따라서 AI가 생성한 텍스트를 정확히 탐지하는 일은 LLM의 책임 있는 사용에 매우 중요하다.",
      ).filter((a) => a.startsWith("name")),
    ).toEqual(["name:AI-generated:kept", "name:LLMs:kept"]);
    // Capitals of a title are no name.
    expect(kept("Parameter-Efficient Fine-Tuning of Large Models", "").join()).not.toMatch(/name/);
  });

  it("compare numbers as values, not as digits inside names", () => {
    const english = "CAMERA-Q achieves superior results under aggressive 2-bit quantization.";
    expect(kept(english, "Qwen2-57B-A14B의 분석 전체를 5분 안에 마칠 수 있다.")).toContain(
      "number:2:lost",
    );
    expect(kept(english, "CAMERA-Q는 공격적인 2비트 양자화에서도 우수한 결과를 낸다.")).toEqual([
      "name:CAMERA-Q:kept",
      "word:superior:kept",
      "number:2:kept",
      "term:quantization:kept",
      "word:quantization:kept",
    ]);
    // A name is never also a content word, whatever its letters spell (camera).
    expect(kept("CAMERA-Q uses a camera.", "CAMERA-Q는 카메라를 쓴다.")).toEqual([
      "name:CAMERA-Q:kept",
      "word:camera:kept",
    ]);
  });

  it("read a scale word joined by a hyphen as part of the number", () => {
    const english = "We train a 7-billion-parameter model on 1.5-trillion tokens.";
    const numbers = (korean: string) =>
      kept(english, korean).filter((a) => a.startsWith("number"));
    expect(numbers("70억 파라미터 모델을 1.5조 개 토큰으로 학습한다.")).toEqual([
      "number:7-billion:kept",
      "number:1.5-trillion:kept",
    ]);
    expect(numbers("80억 파라미터 모델을 1.5조 개 토큰으로 학습한다.")).toContain(
      "number:7-billion:lost",
    );
  });

  it("find common content words by their Korean renderings", () => {
    expect(
      kept(
        "Comprehensive evaluations were conducted on both raw and synthetic datasets.",
        "원본 데이터셋과 합성 데이터셋 모두에서 종합적인 평가를 수행했다.",
      ),
    ).toEqual(["word:evaluations:kept", "word:synthetic:kept", "word:datasets:kept"]);
  });
});
