// Numbers of an English text, as values, so that "7B" matches "70억", "1,024" matches "1024" and
// "two" matches "2" (korean-numerals.ts reads the Korean side); used to find numbers a
// translation changed, lost or added.
import { koreanNumbers, koreanNumberWords } from "./korean-numerals.ts";

export interface FoundNumber {
  /** As written. */
  text: string;
  start: number;
  /** Values it may stand for: as written and scaled by its multiplier word or letter. */
  values: number[];
}

const EN_SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  million: 1e6,
  B: 1e9,
  billion: 1e9,
  T: 1e12,
  trillion: 1e12,
};
// Digits inside names (GPT-4, Llama-3.1) are not numbers here: numberedNameChecks compares names.
// A scale word may follow a hyphen, as in a compound ("a 7-billion-parameter model").
const EN_NUMBER =
  /(?<![\p{L}\p{N}.]|\p{L}-)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:[\s-]?(k|K|M|B|T|thousand|million|billion|trillion)(?![\p{L}]))?/gu;

// English number words Korean translators write as digits ("two tasks" -> "2개 과제").
const WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  single: 1,
  once: 1,
  twice: 2,
  double: 2,
  dozen: 12,
  half: 0.5,
  top: 1,
  quarter: 0.25,
  binary: 2,
  ternary: 3,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
  hundredfold: 100,
  // Korean writes these as 2차, 3차: the number is in the Korean only.
  quadratic: 2,
  cubic: 3,
};
const WORD = new RegExp(`\\b(${Object.keys(WORDS).join("|")})\\b`, "gi");
// Latin prefixes Korean writes with a digit: tri-modal as 3중 모달, bimodal as 2중.
const PREFIXES: Record<string, number> = { uni: 1, mono: 1, bi: 2, di: 2, tri: 3, quad: 4 };
const PREFIX = new RegExp(`\\b(${Object.keys(PREFIXES).join("|")})-?(?=modal|lingual|gram|plet|partite|level|linear)`, "gi");

function numeric(raw: string): number {
  return Number(raw.replace(/,/g, ""));
}

function found(match: RegExpMatchArray, scales: Record<string, number>): FoundNumber {
  const value = numeric(match[1]!);
  const scale = match[2] ? scales[match[2]] : undefined;
  return { text: match[0], start: match.index!, values: scale ? [value * scale, value] : [value] };
}

/** Numbers written with digits, inside LaTeX too: a formula's numbers must survive as well. */
export function englishNumbers(text: string): FoundNumber[] {
  return [...text.matchAll(EN_NUMBER)].map((m) => found(m, EN_SCALE));
}

/** Values an English text states in words. */
export function englishNumberWords(text: string): Set<number> {
  return new Set([
    ...[...text.matchAll(WORD)].map((m) => WORDS[m[1]!.toLowerCase()]!),
    ...[...text.matchAll(PREFIX)].map((m) => PREFIXES[m[1]!.toLowerCase()]!),
  ]);
}

/**
 * Every value an English text states, which a number of its translation may stand for: its
 * numbers, number words, and digits inside names (Top-5 as 상위 5위, \#1 as 1위).
 */
export function englishValues(text: string): number[] {
  return [
    ...englishNumbers(text).flatMap((n) => n.values),
    ...englishNumberWords(text),
    ...(text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number),
  ];
}

/** Every value a Korean text states, in digits or in native numerals (두 가지). */
export function koreanValues(text: string): number[] {
  return [...koreanNumbers(text).flatMap((n) => n.values), ...koreanNumberWords(text)];
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether a number of one side is among the other side's values. */
export function matches(number: FoundNumber, values: number[]): boolean {
  return number.values.some((v) => values.some((w) => close(v, w)));
}
