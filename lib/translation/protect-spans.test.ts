import { describe, expect, it } from "vitest";
import {
  BRACKET_PLACEHOLDERS,
  marker,
  protect,
  restore,
  restoreAny,
  XML_PLACEHOLDERS,
} from "./protect-spans.ts";

const shown = (text: string) => text.replace(/\uE000(\d+)\uE001/g, "⟦$1⟧");

describe("protect", () => {
  it("hides LaTeX, URLs, code, numbers with units, names and acronyms, not ordinary words", () => {
    const text =
      "We fine-tune Qwen2.5-7B-Instruct with RAG-based LoRA adapters at $O(n^2)$ cost, 3.2 ms latency and 15% fewer tokens (`top_k=5`, https://github.com/x/y), the 2nd best on Long-Context Mixture-of-Experts.";
    const p = protect(text, 1);
    expect(shown(p.text)).toBe(
      "We fine-tune ⟦1⟧ with ⟦2⟧-based ⟦3⟧ adapters at ⟦4⟧ cost, ⟦5⟧ latency and ⟦6⟧ fewer tokens (⟦7⟧, ⟦8⟧), the 2nd best on Long-Context Mixture-of-Experts.",
    );
    expect([...p.originals.values()]).toEqual([
      "Qwen2.5-7B-Instruct",
      "RAG",
      "LoRA",
      "$O(n^2)$",
      "3.2 ms",
      "15%",
      "`top_k=5`",
      "https://github.com/x/y",
    ]);
  });

  it("restores only when every placeholder came back exactly once", () => {
    const p = protect("SamKV compresses length to 15% of GPT-4o's.", 3);
    const korean = `${marker(3)}는 길이를 ${marker(5)}의 ${marker(4)}로 줄인다.`;
    expect(restore(korean, p)).toEqual({ ok: true, text: "SamKV는 길이를 GPT-4o의 15%로 줄인다." });
    expect(restore(`${marker(3)}는 ${marker(4)}로 줄인다.`, p)).toEqual({
      ok: false,
      problem: 'did not keep "GPT-4o" exactly once',
    });
    expect(restore(`${marker(3)} ${marker(3)} ${marker(4)} ${marker(5)}`, p)).toEqual({
      ok: false,
      problem: 'did not keep "SamKV" exactly once',
    });
    expect(restore(`${marker(3)} ${marker(4)} ${marker(5)} ${marker(9)}`, p)).toEqual({
      ok: false,
      problem: "has placeholders of other sentences (9)",
    });
    expect(restoreAny(`${marker(4)} 감소`, [p])).toBe("15% 감소");
    expect(restoreAny(`${marker(8)} 감소`, [p])).toBeNull();
  });

  it("writes placeholders as the engines keep them and reads them back, also respaced", () => {
    const text = `p ${marker(2)} < 0.05 & more`;
    expect(BRACKET_PLACEHOLDERS.toEngine(text)).toBe("p ⟦2⟧ < 0.05 & more");
    expect(BRACKET_PLACEHOLDERS.fromEngine("p ⟦ 2 ⟧")).toBe(`p ${marker(2)}`);
    expect(XML_PLACEHOLDERS.toEngine(text)).toBe('p <x i="2"/> &lt; 0.05 &amp; more');
    expect(XML_PLACEHOLDERS.fromEngine('p <x i="2" /> &lt; 0.05 &amp; 더')).toBe(
      `p ${marker(2)} < 0.05 & 더`,
    );
  });
});
