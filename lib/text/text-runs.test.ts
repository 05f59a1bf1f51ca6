import { describe, expect, it } from "vitest";
import { textRuns } from "./text-runs.ts";

describe("textRuns", () => {
  const text = "We apply LoRA to 양자화된 모델.";

  it("splits a range into plain and covered runs with offsets into the whole text", () => {
    const lora = { start: 9, end: 13, slug: "lora" };
    const ko = { start: 17, end: 20, slug: "quantization" };
    expect(textRuns(text, [ko, lora], 3)).toEqual([
      { text: "apply ", start: 3 },
      { text: "LoRA", start: 9, span: lora },
      { text: " to ", start: 13 },
      { text: "양자화", start: 17, span: ko },
      { text: "된 모델.", start: 20 },
    ]);
  });

  it("drops spans that overlap a taken one, are empty or lie outside, and clips at the range end", () => {
    const first = { start: 9, end: 13 };
    expect(textRuns(text, [first, { start: 10, end: 12 }, { start: 5, end: 5 }, { start: 30, end: 31 }], 0, 11)).toEqual([
      { text: "We apply ", start: 0 },
      { text: "Lo", start: 9, span: first },
    ]);
  });
});
