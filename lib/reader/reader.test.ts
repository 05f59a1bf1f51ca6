import { describe, expect, it } from "vitest";
import { alignAbstracts, sentenceTexts } from "../text/sentence-alignment.ts";
import { texRuns } from "../text/tex-text.ts";
import { readerPairs } from "./reader-pairs.ts";
import { sentencePieces } from "./sentence-pieces.ts";

const abstractEn =
  "We apply LoRA to 4-bit models. On Llama-2 it recovers $98\\%$ of full fine-tuning accuracy.\n\nCode is released. Weights are released too.";
const abstractKo = "4비트 모델에 LoRA를 적용한다. Llama-2에서 전체 미세 조정 정확도의 $98\\%$를 회복한다.\n\n코드와 가중치를 모두 공개한다.";

describe("readerPairs", () => {
  const reading = alignAbstracts(abstractEn, abstractKo);
  const pairs = readerPairs({ abstractEn, abstractKo, alignment: reading.pairs, sentenceSpans: reading });

  it("numbers the aligned rows in reading order and marks where a paragraph starts", () => {
    expect(pairs.map((p) => [p.number, p.en.length, p.ko.length, p.paragraphStart])).toEqual([
      [1, 1, 1, false],
      [2, 1, 1, false],
      [3, 2, 1, true],
    ]);
    const [first] = pairs;
    expect(sentenceTexts(abstractKo, first!.ko)).toEqual(["4비트 모델에 LoRA를 적용한다."]);
  });

  it("reads an English-only paper as rows without Korean", () => {
    const alone = alignAbstracts(abstractEn, null);
    expect(readerPairs({ abstractEn, abstractKo: null, alignment: alone.pairs, sentenceSpans: alone }).map((p) => p.ko)).toEqual([[], [], [], []]);
  });
});

describe("sentencePieces", () => {
  it("groups a sentence's runs by concept mention, math and links winning overlaps", () => {
    const text = `${abstractEn} See \\emph{Llama-2 notes} at https://x.org/lora.`;
    const spans = alignAbstracts(text, null).en;
    const llama = text.indexOf("Llama-2");
    const percent = text.indexOf("98");
    const pieces = sentencePieces(texRuns(text), spans[1]!, [{ start: llama, end: llama + 7, slug: "llama" }, { start: percent, end: percent + 2, slug: "bogus" }]);
    expect(pieces.map((g) => [g.span?.slug ?? "", g.runs.map((r) => r.math ?? r.text).join("")])).toEqual([
      ["", "On "],
      ["llama", "Llama-2"],
      ["", " it recovers 98\\% of full fine-tuning accuracy."],
    ]);
    const emphasised = text.lastIndexOf("Llama-2");
    const link = text.indexOf("lora.");
    const last = sentencePieces(texRuns(text), spans.at(-1)!, [{ start: emphasised, end: emphasised + 7, slug: "llama" }, { start: link, end: link + 4, slug: "lora" }]);
    expect(last.map((g) => [g.span?.slug ?? "", g.runs.map((r) => `${r.text}:${r.styles.join("+")}`).join("|")])).toEqual([
      ["", "See :"],
      ["llama", "Llama-2:em"],
      ["", " notes:em| at :|https://x.org/lora:|.:"],
    ]);
  });
});
