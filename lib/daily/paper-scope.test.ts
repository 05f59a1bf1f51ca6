import { describe, expect, it } from "vitest";
import { isInScope } from "./paper-scope.ts";

const lora = { slug: "lora", implied: false };
const peft = { slug: "peft", implied: true };

describe("isInScope", () => {
  const scope = { categories: ["cs.CL", "cs.LG"], concepts: null };

  it("keeps a paper of a scope category that has a concept of its own", () => {
    expect(isInScope({ categories: ["cs.CV", "cs.CL"], concepts: [lora, peft] }, scope)).toBe(true);
    expect(isInScope({ categories: ["cs.CL"], concepts: [] }, scope)).toBe(false);
    expect(isInScope({ categories: ["cs.CV"], concepts: [lora] }, scope)).toBe(false);
  });

  it("lets a listing without categories (Hugging Face) through on its concepts", () => {
    expect(isInScope({ categories: [], concepts: [lora] }, scope)).toBe(true);
  });

  it("narrows to named concepts, their narrower ones included through implied tags", () => {
    const peftOnly = { ...scope, concepts: ["peft"] };
    expect(isInScope({ categories: ["cs.CL"], concepts: [lora, peft] }, peftOnly)).toBe(true);
    expect(
      isInScope({ categories: ["cs.CL"], concepts: [{ slug: "rag", implied: false }] }, peftOnly),
    ).toBe(false);
  });
});
