import { describe, expect, it } from "vitest";
import { titleKey } from "./title-key.ts";

describe("titleKey", () => {
  it("matches a title whatever its case, punctuation and line breaks", () => {
    expect(titleKey("OS-Genesis: Automating GUI Agent Trajectory\n  Construction via Reverse Task Synthesis")).toBe(
      titleKey("os genesis — automating GUI agent trajectory construction via reverse task synthesis."),
    );
  });

  it("keeps Hangul syllables whole, whether written composed or decomposed", () => {
    expect(titleKey("한국어 LLM의 양자화".normalize("NFD"))).toBe("한국어 llm의 양자화");
  });

  it("ignores LaTeX commands and accents", () => {
    expect(titleKey("SD$^2$: Self-Distilled Sparse Drafters")).toBe("sd 2 self distilled sparse drafters");
    expect(titleKey("Café \\emph{Models}")).toBe("cafe models");
  });
});
