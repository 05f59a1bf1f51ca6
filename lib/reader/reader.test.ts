import { describe, expect, it } from "vitest";
import { alignAbstracts, sentenceTexts } from "../text/sentence-alignment.ts";
import { texRuns } from "../text/tex-text.ts";
import { MAX_READER_ROWS, readerPairs } from "./reader-pairs.ts";
import { conceptMentions, MAX_MARKED_MENTIONS, sentencePieces } from "./sentence-pieces.ts";

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

describe("the reader's bounds", () => {
  it("numbers at most MAX_READER_ROWS rows; the last holds every sentence after them", () => {
    const many = Array.from({ length: 450 }, (_, i) => `Sentence ${i + 1} is here.`).join(" ");
    const manyKo = Array.from({ length: 450 }, (_, i) => `문장 ${i + 1}이 있다.`).join(" ");
    const reading = alignAbstracts(many, manyKo);
    expect(reading.pairs).toHaveLength(450);
    const pairs = readerPairs({ abstractEn: many, abstractKo: manyKo, alignment: reading.pairs, sentenceSpans: reading });
    expect(pairs).toHaveLength(MAX_READER_ROWS);
    expect(pairs.at(-1)!.en).toHaveLength(450 - MAX_READER_ROWS + 1);
    expect(sentenceTexts(many, pairs.at(-1)!.en).at(-1)).toBe("Sentence 450 is here.");
    expect(pairs.flatMap((p) => p.ko)).toHaveLength(450);
  });

  it("marks at most MAX_MARKED_MENTIONS concept mentions per abstract, the first ones", () => {
    const evidence = Array.from({ length: 300 }, (_, i) => ({ field: "abstractEn", start: 1000 - i * 3, end: 1002 - i * 3, text: "LoRA" }));
    const marked = conceptMentions([{ slug: "lora", evidence } as never], "abstractEn");
    expect(marked).toHaveLength(MAX_MARKED_MENTIONS);
    expect(marked[0]!.start).toBe(1000 - 299 * 3);
  });
});
