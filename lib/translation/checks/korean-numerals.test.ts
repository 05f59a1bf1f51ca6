import { describe, expect, it } from "vitest";
import { koreanNumbers, koreanNumberWords } from "./korean-numerals.ts";
import { englishValues, koreanValues } from "./numbers.ts";

const read = (text: string) => koreanNumbers(text).map((n) => [n.text, n.values]);

describe("Korean numerals", () => {
  it("read compounds of scale groups as one value", () => {
    expect(read("약 48만 5천 개의 질문-답변 쌍으로 구성된다.")).toEqual([["48만 5천", [485000]]]);
    expect(read("1만 8,800개의 문서를 모았다.")).toEqual([["1만 8,800", [18800]]]);
    expect(read("학습 토큰 3억 2천만 개를 썼다.")).toEqual([["3억 2천만", [320000000]]]);
  });

  it("keep apart numbers that only stand side by side", () => {
    // A percentage after a round number is a second number, not a remainder.
    expect(read("1만 5%의 데이터")).toEqual([
      ["1만", [10000, 1]],
      ["5", [5]],
    ]);
    // 천 is no scale for plain digits after it: 5천 3 is not 5,003.
    expect(read("5천 3개")).toEqual([
      ["5천", [5000, 5]],
      ["3", [3]],
    ]);
    expect(read("학습 토큰 8조 개만으로도")).toEqual([["8조", [8e12, 8]]]);
  });

  it("read native numerals before a counter", () => {
    expect([...koreanNumberWords("네 가지 핵심 차원에서 두 번째 단계로 세 배 빨라졌다.")]).toEqual(
      [4, 2, 3],
    );
    expect([...koreanNumberWords("다섯 개 언어와 한국어")]).toEqual([5]);
  });

  it("match the English's values: compounds, digits in names, quadratic as 2차", () => {
    const english = englishValues(
      "485K QA pairs in a Top-5 position, with quadratic complexity and 18.8K documents.",
    );
    for (const value of koreanValues("48만 5천 개, 상위 5위, 2차 복잡도, 1만 8,800개 문서"))
      expect(english).toContain(value);
  });
});
