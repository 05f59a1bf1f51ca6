// What an English sentence says that its Korean counterpart should keep, each as a test of the
// Korean: its numbers (as values), Latin-script names (LLMs = LLM, AI-generated keeps AI),
// glossary terms and the common content words of content-words.ts.
import { findTerm, rendersTerm, squeeze, type Glossary } from "../glossary.ts";
import { contentWords } from "./content-words.ts";
import { englishNumbers, koreanValues, matches } from "./numbers.ts";

export type AnchorKind = "number" | "name" | "term" | "word";

export interface Anchor {
  kind: AnchorKind;
  /** The same for the same anchor in two sentences. */
  key: string;
  /** As the English writes it. */
  text: string;
  kept: (korean: string) => boolean;
}

// Names: words with a capital after their first letter (LoRA, RAG), or letters and digits
// (GPT-4o, Top-5); "Fine-Tuning" in a title is no name.
const NAME = /(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*/g;
const nameLike = (part: string) =>
  part.length > 1 && (/.[A-Z]/.test(part) || (/\d/.test(part) && /[A-Za-z]/.test(part)));

/** The forms of a name a Korean sentence may keep: itself, or its name-like parts, singular. */
function nameForms(name: string): string[][] {
  const parts = name
    .split(/[-.]/)
    .filter(nameLike)
    .map((part) => part.replace(/(?<=[A-Z0-9])s$/, ""));
  return [[name], ...(parts.length > 0 ? [parts] : [])].map((form) => form.map(squeeze));
}

function names(english: string): Anchor[] {
  const found = (english.replace(/\$[^$]*\$/g, " ").match(NAME) ?? []).filter(
    (w) =>
      !/^\d/.test(w) &&
      (w.split(/[-.]/).some(nameLike) || (/\d/.test(w) && /[A-Za-z]/.test(w))),
  );
  return [...new Set(found)].map((name) => {
    const forms = nameForms(name);
    return {
      kind: "name" as const,
      key: `name:${squeeze(name)}`,
      text: name,
      kept: (korean: string) => {
        const text = squeeze(korean);
        return forms.some((parts) => parts.every((p) => text.includes(p)));
      },
    };
  });
}

function numbers(english: string): Anchor[] {
  return englishNumbers(english.replace(/\$[^$]*\$/g, " ")).map((n) => ({
    kind: "number" as const,
    key: `number:${n.values[0]}`,
    text: n.text,
    kept: (korean: string) => matches(n, koreanValues(korean)),
  }));
}

function terms(english: string, glossary: Glossary): Anchor[] {
  return glossary.terms.flatMap((t) => {
    const found = findTerm(t, english);
    if (found.length === 0) return [];
    return [
      {
        kind: "term" as const,
        key: `term:${t.en[0]}`,
        text: found[0]!.text,
        kept: (korean: string) => rendersTerm(t, korean, english),
      },
    ];
  });
}

function words(english: string): Anchor[] {
  return contentWords(english).map((w) => ({
    kind: "word" as const,
    key: `word:${w.stem}`,
    text: w.text,
    kept: (korean: string) => {
      const text = squeeze(korean);
      return w.renderings.some((r) => text.includes(r));
    },
  }));
}

/** In the order the English says them. */
export function anchorsOf(english: string, glossary: Glossary): Anchor[] {
  const all = [
    ...numbers(english),
    ...names(english),
    ...terms(english, glossary),
    ...words(english),
  ];
  const at = (a: Anchor) => english.indexOf(a.text);
  return all.sort((a, b) => at(a) - at(b));
}
