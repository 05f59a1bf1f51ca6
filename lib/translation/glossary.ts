// The English-Korean glossary of content/glossary.yaml: which terms occur in an English text,
// how the engines are told to render them, and which Korean renderings the checks accept.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { fieldPath } from "../ingest/ingest-issue.ts";

export const GLOSSARY_FILE = path.join("content", "glossary.yaml");

const TermSchema = z
  .object({
    en: z.array(z.string().trim().min(1)).min(1, "must list at least one English form"),
    ko: z.string().trim().min(1).optional(),
    acronym: z.string().trim().min(1).optional(),
    accept: z.array(z.string().trim().min(1)).default([]),
    verbAccept: z.array(z.string().trim().min(1)).default([]),
    annotate: z.boolean().default(false),
    keep: z.boolean().default(false),
    concept: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((t) => t.keep || t.ko !== undefined, {
    message: "needs ko (the Korean rendering) unless keep is true",
    path: ["ko"],
  });

export interface GlossaryTerm {
  /** English forms; the first names the term. */
  en: string[];
  /** The rendering engines are asked for; null for terms kept as written. */
  ko: string | null;
  acronym: string | null;
  accept: string[];
  /** Renderings accepted only where the English uses the term as a verb ("to benchmark"). */
  verbAccept: string[];
  /** First mention written with the English in brackets: 환각(hallucination). */
  annotate: boolean;
  keep: boolean;
  concept: string | null;
  /** Finds the English forms in a text. */
  pattern: RegExp;
  /** Finds the acronym as a word of its own. */
  acronymPattern: RegExp | null;
}

export interface Glossary {
  /** Changes whenever the terms change; recorded with each translation. */
  version: string;
  terms: GlossaryTerm[];
}

export class GlossaryError extends Error {}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Hyphens and spaces alike; plural endings; whole words. Kept terms match only as written. */
function englishPattern(forms: string[], exact: boolean): RegExp {
  const alternatives = forms
    .map((form) => escape(form).replace(/(?:\\-|\s)+/g, "[-\\s]+"))
    .sort((a, b) => b.length - a.length)
    .join("|");
  const plural = exact ? "s?" : "(?:s|es)?";
  // Only Latin letters and digits bound a term: Korean particles attach to it ("LoRA의").
  return new RegExp(
    `(?<![A-Za-z0-9])(?:${alternatives})${plural}(?![A-Za-z0-9])`,
    exact ? "gu" : "giu",
  );
}

export function parseGlossary(text: string, file = GLOSSARY_FILE): Glossary {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new GlossaryError(
      `${file}: is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  if (!Array.isArray(data)) throw new GlossaryError(`${file}: must be a YAML list of terms`);
  const terms = data.map((entry, i): GlossaryTerm => {
    const parsed = TermSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const name = Array.isArray(entry?.en) ? ` (${entry.en[0]})` : "";
      throw new GlossaryError(
        `${file}: term ${i + 1}${name}: field "${fieldPath(issue.path)}": ${issue.message}`,
      );
    }
    const t = parsed.data;
    const norm = (s: string) => s.normalize("NFC");
    return {
      en: t.en.map(norm),
      ko: t.ko ? norm(t.ko) : null,
      acronym: t.acronym ?? null,
      accept: t.accept.map(norm),
      verbAccept: t.verbAccept.map(norm),
      annotate: t.annotate,
      keep: t.keep,
      concept: t.concept ?? null,
      pattern: englishPattern(t.en, t.keep),
      acronymPattern: t.acronym
        ? new RegExp(`(?<![A-Za-z0-9])${escape(t.acronym)}s?(?![A-Za-z0-9])`)
        : null,
    };
  });
  const version = createHash("sha256")
    .update(JSON.stringify(terms.map(({ pattern: _, acronymPattern: __, ...t }) => t)))
    .digest("hex")
    .slice(0, 12);
  return { version, terms };
}

let cached: Glossary | null = null;

export function loadGlossary(file = GLOSSARY_FILE): Glossary {
  if (file !== GLOSSARY_FILE) return parseGlossary(readFileSync(file, "utf8"), file);
  return (cached ??= parseGlossary(readFileSync(file, "utf8"), file));
}

/** The English forms of `term` found in `text`, in order. */
export function findTerm(
  term: GlossaryTerm,
  text: string,
): { start: number; end: number; text: string }[] {
  term.pattern.lastIndex = 0;
  return [...text.matchAll(term.pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** The terms whose English occurs in any of the texts: only these are sent to an engine. */
export function termsIn(glossary: Glossary, texts: string[]): GlossaryTerm[] {
  return glossary.terms.filter((term) =>
    texts.some((text) => {
      term.pattern.lastIndex = 0;
      return term.pattern.test(text);
    }),
  );
}

/** Korean text compared without spaces: 검색 증강 생성 = 검색증강생성. */
export function squeeze(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, "").toLowerCase();
}

/** Whether the English uses the term as a verb: after "to" or a subject ("To benchmark ..."). */
function usedAsVerb(term: GlossaryTerm, english: string): boolean {
  return findTerm(term, english).some((m) =>
    /\b(?:to|we|they|also)\s+$/i.test(english.slice(Math.max(0, m.start - 6), m.start)),
  );
}

/**
 * Whether a Korean text renders `term`: with its Korean or an accepted variant (or one for verbs,
 * where `english`, the text it translates, uses the term as a verb), or with its English or
 * acronym kept as words of their own (not inside a name: "QA" in OpenDocVQA). English in
 * brackets after a Korean word (환각(hallucination)) only annotates that word: it counts for
 * terms kept as written, not for terms that must be in Korean.
 */
export function rendersTerm(term: GlossaryTerm, korean: string, english = ""): boolean {
  const squeezed = squeeze(korean);
  const verb = term.verbAccept.length > 0 && usedAsVerb(term, english) ? term.verbAccept : [];
  const hangul = [term.ko, ...term.accept, ...verb].filter(
    (r): r is string => !!r && /\p{Script=Hangul}/u.test(r),
  );
  if (hangul.some((r) => squeezed.includes(squeeze(r)))) return true;
  const bare = term.keep ? korean : korean.replace(/(?<=\p{Script=Hangul})\s*\([^)]*\)/gu, " ");
  const latin = [term.ko, ...term.accept].filter(
    (r): r is string => !!r && !/\p{Script=Hangul}/u.test(r),
  );
  return (
    findTerm(term, bare).length > 0 ||
    (term.acronymPattern?.test(bare) ?? false) ||
    latin.some((r) => squeeze(bare).includes(squeeze(r)))
  );
}

/** How a term is written at its first mention: 환각(hallucination), 검색 증강 생성(RAG). */
export function firstMention(term: GlossaryTerm, english: string): string | null {
  if (!term.ko) return null;
  if (term.acronym) return `${term.ko}(${term.acronym})`;
  return term.annotate ? `${term.ko}(${english.toLowerCase()})` : null;
}
