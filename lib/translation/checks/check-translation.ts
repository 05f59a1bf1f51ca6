// Quality checks of a Korean translation against its English, for every translation stored
// (made here or imported): sentences without a counterpart, numbers, formulas and URLs that
// differ, glossary terms rendered otherwise, English left untranslated, repeated text and a
// length far from the usual. Findings name the reader's row (#sN) they are in; thresholds are
// tuned on the tuning set of content/eval/translation-checks (docs/translation-checks.md).
import { createHash } from "node:crypto";
import { findInlineMath } from "../../text/inline-math.ts";
import { ALIGNMENT_VERSION, sentenceTexts, type SentenceAlignment } from "../../text/sentence-alignment.ts";
import { findTerm, rendersTerm, squeeze, termsIn, type Glossary } from "../glossary.ts";
import { sentenceChecks } from "./missing-sentences.ts";
import { letters, rowRatio, rowsOf, type Row } from "./rows.ts";
import { koreanNumbers } from "./korean-numerals.ts";
import { englishNumbers, englishValues, koreanValues, matches } from "./numbers.ts";

/** Bump when a check changes: stored findings are then recomputed by translations:check. */
export const CHECKS_VERSION = 3;

export const CHECK_KINDS = [
  "missing-sentence",
  "extra-sentence",
  "number",
  "math",
  "url",
  "glossary",
  "untranslated",
  "repetition",
  "length",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface CheckFinding {
  kind: CheckKind;
  /** The reader's row number (#sN) the finding is in; null for the title or the whole text. */
  sentence: number | null;
  message: string;
  /** The text concerned: the number, formula, URL, term or repeated words. */
  evidence: string;
}

export interface CheckedTexts {
  title: string;
  abstractEn: string;
  titleKo: string | null;
  abstractKo: string | null;
  alignment: SentenceAlignment;
}

// Korean characters per English character (spaces excluded) in human translations of abstracts;
// pairLow is a row's ratio as a share of its paper's.
export const LENGTH_LIMITS = {
  documentLow: 0.32,
  documentHigh: 0.75,
  pairLow: 0.5,
  pairMinEnglish: 60,
};
// Within a row: this many lower-case English words in a row are English left untranslated.
const UNTRANSLATED_RUN = 5;

function lengthChecks(texts: CheckedTexts, rows: Row[]): CheckFinding[] {
  const ratio = letters(texts.abstractKo ?? "") / Math.max(1, letters(texts.abstractEn));
  const typical = rowRatio(rows);
  const findings: CheckFinding[] = [];
  if (ratio < LENGTH_LIMITS.documentLow || ratio > LENGTH_LIMITS.documentHigh) {
    const side = ratio < LENGTH_LIMITS.documentLow ? "short" : "long";
    findings.push({
      kind: "length",
      sentence: null,
      message: `the Korean is unusually ${side} for its English (${ratio.toFixed(2)} characters per English character)`,
      evidence: ratio.toFixed(2),
    });
  }
  for (const row of rows) {
    if (!row.ko || letters(row.en) < LENGTH_LIMITS.pairMinEnglish) continue;
    // Against the paper's own ratio: translators differ in how tersely they write.
    const pair = letters(row.ko) / letters(row.en) / Math.max(typical, 0.01);
    if (pair < LENGTH_LIMITS.pairLow)
      findings.push({
        kind: "length",
        sentence: row.number,
        message:
          "the Korean of this sentence is much shorter than its English: part of it may be missing",
        evidence: pair.toFixed(2),
      });
  }
  return findings;
}

/** Where a text first occurs: the row whose side holds it (null: the title). */
function rowOf(
  rows: Row[],
  side: "en" | "ko",
  predicate: (text: string) => boolean,
): number | null {
  return rows.find((row) => predicate(row[side]))?.number ?? null;
}

function numberChecks(texts: CheckedTexts, rows: Row[]): CheckFinding[] {
  const english = `${texts.title}\n${texts.abstractEn}`;
  const korean = `${texts.titleKo ?? ""}\n${texts.abstractKo ?? ""}`;
  const en = englishNumbers(english);
  const ko = koreanNumbers(korean);
  const enValues = englishValues(english);
  const koValues = koreanValues(korean);
  const findings: CheckFinding[] = [];
  for (const n of en) {
    if (!matches(n, koValues))
      findings.push({
        kind: "number",
        sentence: rowOf(rows, "en", (t) => t.includes(n.text)),
        message: `${n.text} is not in the Korean`,
        evidence: n.text,
      });
  }
  for (const n of ko) {
    if (!matches(n, enValues))
      findings.push({
        kind: "number",
        sentence: rowOf(rows, "ko", (t) => t.includes(n.text)),
        message: `${n.text} is not in the English`,
        evidence: n.text,
      });
  }
  // A number the English states elsewhere ("first", "two") is still a changed one in a sentence
  // whose own English does not state it. English the translator kept in brackets ("3진(ternary)")
  // is the sentence's English too.
  for (const row of rows) {
    if (!row.en) continue;
    const glosses = row.ko.match(/\([A-Za-z][^)]*\)/g) ?? [];
    const values = englishValues([row.en, ...glosses].join(" "));
    for (const n of koreanNumbers(row.ko)) {
      if (matches(n, enValues) && !matches(n, values))
        findings.push({
          kind: "number",
          sentence: row.number,
          message: `${n.text} is not in the English of this sentence`,
          evidence: n.text,
        });
    }
  }
  return findings;
}

const URL = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Formulas and URLs must come through as written, as often as the English has them. */
function keptSpans(kind: "math" | "url", texts: CheckedTexts, rows: Row[]): CheckFinding[] {
  const spans = (text: string) =>
    kind === "math"
      ? findInlineMath(text).map((m) => text.slice(m.start, m.end))
      : (text.match(URL) ?? []);
  const english = squeeze(`${texts.title} ${texts.abstractEn}`);
  const korean = squeeze(`${texts.titleKo ?? ""} ${texts.abstractKo ?? ""}`);
  const what = kind === "math" ? "formula" : "URL";
  return [...new Set([...spans(texts.title), ...spans(texts.abstractEn)])]
    .filter((span) => occurrences(korean, squeeze(span)) < occurrences(english, squeeze(span)))
    .map((span) => ({
      kind,
      sentence: rowOf(rows, "en", (t) => t.includes(span)),
      message: `the ${what} ${span} is not in the Korean as often as in the English`,
      evidence: span,
    }));
}

// Names with digits (GPT-4o, Llama-3.1-8B): a changed digit in one is a changed number.
const NUMBERED_NAME = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.-]*\d[A-Za-z0-9.-]*(?<![.-])/g;

function numberedNameChecks(texts: CheckedTexts, rows: Row[]): CheckFinding[] {
  const english = `${texts.title} ${texts.abstractEn}`;
  const korean = `${texts.titleKo ?? ""} ${texts.abstractKo ?? ""}`;
  return [...new Set(korean.match(NUMBERED_NAME) ?? [])]
    .filter((name) => !english.includes(name))
    .map((name) => ({
      kind: "number" as const,
      sentence: rowOf(rows, "ko", (t) => t.includes(name)),
      message: `${name} is not in the English`,
      evidence: name,
    }));
}

function glossaryChecks(texts: CheckedTexts, rows: Row[], glossary: Glossary): CheckFinding[] {
  const pieces = [
    { number: null as number | null, en: texts.title, ko: texts.titleKo ?? "" },
    ...rows,
  ];
  const findings: CheckFinding[] = [];
  for (const piece of pieces) {
    if (!piece.ko) continue;
    for (const term of glossary.terms) {
      const found = findTerm(term, piece.en);
      if (found.length === 0 || rendersTerm(term, piece.ko, piece.en)) continue;
      const expected = term.keep ? found[0]!.text : term.ko;
      findings.push({
        kind: "glossary",
        sentence: piece.number,
        message: `"${found[0]!.text}" should read ${expected}`,
        evidence: found[0]!.text,
      });
    }
  }
  return findings;
}

function untranslatedChecks(rows: Row[]): CheckFinding[] {
  const run = new RegExp(
    `(?:\\b[a-z][a-z'-]*\\b[\\s,]+){${UNTRANSLATED_RUN - 1}}\\b[a-z][a-z'-]*\\b`,
  );
  return rows.flatMap((row) => {
    const plain = row.ko.replace(/\$[^$]*\$|\([^)]*\)|https?:\/\/\S+/g, " ");
    const english = plain.match(run);
    const hangul = (plain.match(/\p{Script=Hangul}/gu) ?? []).length;
    const latin = (plain.match(/[A-Za-z]/g) ?? []).length;
    const words = (plain.match(/[A-Za-z]+/g) ?? []).length;
    if (!english && !(latin > 40 && hangul < latin / 4) && !(hangul === 0 && words >= 3)) return [];
    return [
      {
        kind: "untranslated" as const,
        sentence: row.number,
        message: "this Korean sentence leaves English untranslated",
        evidence: (english?.[0] ?? plain.trim()).slice(0, 80),
      },
    ];
  });
}

function repetitionChecks(rows: Row[], texts: CheckedTexts): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const ko = texts.abstractKo ? sentenceTexts(texts.abstractKo, texts.alignment.ko) : [];
  const enRepeats = new Set(sentenceTexts(texts.abstractEn, texts.alignment.en).map(squeeze));
  const seen = new Set<string>();
  for (const sentence of ko) {
    const key = squeeze(sentence);
    if (key.length >= 10 && seen.has(key) && enRepeats.size === texts.alignment.en.length) {
      findings.push({
        kind: "repetition",
        sentence: rowOf(rows, "ko", (t) => t.includes(sentence)),
        message: "this Korean sentence appears twice",
        evidence: sentence.slice(0, 80),
      });
    }
    seen.add(key);
  }
  for (const row of rows) {
    const loop = repeatedRun(row.ko);
    if (loop && !repeatedRun(row.en))
      findings.push({
        kind: "repetition",
        sentence: row.number,
        message: "words repeat in a loop in this sentence",
        evidence: loop.slice(0, 80),
      });
  }
  return findings;
}

/**
 * Words said again and again in a row (a decoding loop): a run of up to eight words repeated
 * three times running, or a long one (12 characters or more) twice. Linear in the words.
 */
function repeatedRun(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  for (let n = 1; n <= 8; n++) {
    for (let i = 0; i + 2 * n <= words.length; i++) {
      const run = words.slice(i, i + n).join(" ");
      let times = 1;
      while (
        i + (times + 1) * n <= words.length &&
        words.slice(i + times * n, i + (times + 1) * n).join(" ") === run
      )
        times += 1;
      if ((times >= 3 && run.length >= 3) || (times >= 2 && squeeze(run).length >= 12)) return run;
    }
  }
  return null;
}

/** Every finding for a translation; [] when it is clean. A paper without Korean has none. */
export function checkTranslation(texts: CheckedTexts, fullGlossary: Glossary): CheckFinding[] {
  if (!texts.abstractKo && !texts.titleKo) return [];
  // Only the terms the English uses can be rendered otherwise: no other is looked for row by row.
  const glossary = {
    ...fullGlossary,
    terms: termsIn(fullGlossary, [texts.title, texts.abstractEn]),
  };
  const rows = texts.abstractKo ? rowsOf(texts.abstractEn, texts.abstractKo, texts.alignment) : [];
  return [
    ...(texts.abstractKo
      ? [
          ...sentenceChecks(rows, glossary),
          ...lengthChecks(texts, rows),
          ...untranslatedChecks(rows),
          ...repetitionChecks(rows, texts),
        ]
      : []),
    ...numberChecks(texts, rows),
    ...numberedNameChecks(texts, rows),
    ...keptSpans("math", texts, rows),
    ...keptSpans("url", texts, rows),
    ...glossaryChecks(texts, rows, glossary),
  ];
}

/**
 * Identifies what the checks saw: the texts, the glossary, the checks' version and the sentence
 * splitter's (findings name sentences by their place in its rows).
 */
export function checkedHash(texts: Omit<CheckedTexts, "alignment">, glossary: Glossary): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        CHECKS_VERSION,
        ALIGNMENT_VERSION,
        glossary.version,
        texts.title,
        texts.abstractEn,
        texts.titleKo,
        texts.abstractKo,
      ]),
    )
    .digest("hex");
}
