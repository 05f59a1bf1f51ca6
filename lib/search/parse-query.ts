import { koreanStems } from "../concepts/korean-particles.ts";
import { normalizeInline } from "../text/normalize-text.ts";
import { isHangul, normalizeForSearch, searchTokens, searchWords } from "./search-tokens.ts";

/** A run of tokens that must appear together, and the words the user typed for it. */
export interface Phrase {
  text: string;
  tokens: string[];
  /** Written in quotes: matched as written, never widened to a concept's names. */
  quoted: boolean;
}

export interface ParsedQuery {
  /** Every phrase must match. */
  phrases: Phrase[];
  /** No phrase may match. */
  excludes: Phrase[];
  concepts: string[];
  categories: string[];
  /** Inclusive calendar days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

/** Why a query cannot be run, for a message in the reader's language: a catalog key under search.problem and its values. */
export interface QueryProblem {
  key:
    | "tooLong"
    | "tooManyTerms"
    | "notADate"
    | "datesReversed"
    | "noWords"
    | "unknownConcept"
    | "semanticOff"
    | "badPage"
    | "badSort"
    | "badMode"
    | "badCharacters"
    | "tooManyFilters"
    | "badFilter";
  values?: Record<string, string | number>;
}

export type QueryParse = { ok: true; query: ParsedQuery } | { ok: false; message: string; problem: QueryProblem };

export const MAX_QUERY_LENGTH = 1000;
const MAX_PHRASES = 24;

// English words that every abstract has; dropped from plain terms, kept inside quotes.
const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "the", "to", "with"]);

/** A Korean word without its trailing particle, when two syllables or more remain ("양자화를" names 양자화). */
function koreanStem(word: string): string {
  const stems = koreanStems(word).filter((stem) => stem.length >= 2);
  return stems.reduce((shortest, stem) => (stem.length < shortest.length ? stem : shortest), word);
}

/**
 * The tokens of unquoted words: the last word loses a Korean particle, and the words are
 * tokenised in their context, as the index reads them. Empty for a lone stop word.
 */
export function wordTokens(text: string): string[] {
  const written = normalizeForSearch(text);
  const words = searchWords(written);
  if (words.length === 0 || (words.length === 1 && STOP_WORDS.has(words[0]!.toLowerCase()))) return [];
  const last = words.at(-1)!;
  const at = written.lastIndexOf(last);
  return searchTokens(isHangul(last.at(-1)!) ? written.slice(0, at) + koreanStem(last) + written.slice(at + last.length) : written);
}

function phraseOf(text: string, { quoted }: { quoted: boolean }): Phrase | null {
  // Quoted words are tokenised together as written, so that Korean words are bridged as in the index.
  const tokens = quoted ? searchTokens(normalizeForSearch(text)) : wordTokens(text);
  return tokens.length ? { text: text.trim(), tokens, quoted } : null;
}

const YEAR = /^(19|20)\d\d$/;
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2024-01" or "2024-01-15" as the first or last day it covers; null when not a date. */
export function dayBound(value: string, end: "first" | "last"): string | null {
  const year = YEAR.test(value) ? value : null;
  if (year) return end === "first" ? `${year}-01-01` : `${year}-12-31`;
  const match = MONTH_OR_DAY.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const day = d ? Number(d) : end === "first" ? 1 : new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  if (!validDay(Number(y), Number(m), day)) return null;
  return `${y}-${m}-${String(day).padStart(2, "0")}`;
}

/** arXiv writes categories as archive.SUBJECT (cs.CL, stat.ML) or in lower case (cond-mat.mes-hall). */
export function canonicalCategory(value: string): string {
  const [archive, subject] = value.split(".", 2);
  if (subject === undefined) return archive!.toLowerCase();
  return `${archive!.toLowerCase()}.${/^[a-z]{2,3}$/i.test(subject) ? subject.toUpperCase() : subject.toLowerCase()}`;
}

// "quoted phrase" (an unclosed quote runs to the end), -exclusion, key:value, or a plain word.
const PART = /(-?)"([^"]*)(?:"|$)|(\S+)/g;

/** Filters given apart from the query text (URL parameters); they apply after the query's own. */
export interface ExtraFilters {
  concepts?: string[];
  categories?: string[];
  from?: string | null;
  to?: string | null;
}

/**
 * Parses the query language: plain words (all must match), "quoted phrases", -exclusions,
 * concept:slug, cat:cs.CL, from:2023-12 to:2024-01, and a bare year (2023) as a date range
 * when other words are present.
 */
export function parseQuery(raw: string, extra: ExtraFilters = {}): QueryParse {
  if (raw.length > MAX_QUERY_LENGTH) return { ok: false, message: `The query is ${raw.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`, problem: { key: "tooLong", values: { length: raw.length, limit: MAX_QUERY_LENGTH } } };
  const text = normalizeInline(raw.toWellFormed()).replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
  const query: ParsedQuery = { phrases: [], excludes: [], concepts: [], categories: [], from: null, to: null };
  /** Sets a date bound; returns the failure when `value` is not a date. */
  const setDate = (key: "from" | "to", value: string, written: string): QueryParse | null => {
    const day = dayBound(value, key === "from" ? "first" : "last");
    if (!day) return { ok: false, message: `${written} is not a date; write ${key}:2024, ${key}:2024-01 or ${key}:2024-01-15.`, problem: { key: "notADate", values: { written, key } } };
    query[key] = day;
    return null;
  };
  const years: string[] = [];
  for (const match of text.matchAll(PART)) {
    const [, minus, quoted, word] = match;
    if (quoted !== undefined) {
      const phrase = phraseOf(quoted, { quoted: true });
      if (phrase) (minus ? query.excludes : query.phrases).push(phrase);
      continue;
    }
    const filter = /^(concept|cat|from|to):(.+)$/i.exec(word!);
    if (filter) {
      const key = filter[1]!.toLowerCase();
      const value = filter[2]!;
      if (key === "concept") query.concepts.push(value.toLowerCase());
      else if (key === "cat") query.categories.push(canonicalCategory(value));
      else {
        const failure = setDate(key as "from" | "to", value, `${key}:${value}`);
        if (failure) return failure;
      }
      continue;
    }
    if (YEAR.test(word!)) years.push(word!);
    const excluded = word!.startsWith("-") && word!.length > 1;
    const phrase = phraseOf(excluded ? word!.slice(1) : word!, { quoted: false });
    if (phrase) (excluded ? query.excludes : query.phrases).push(phrase);
  }
  // "scaling laws 2023" means papers of 2023, unless the year is all there is or dates are given.
  if (years.length === 1 && query.phrases.length > 1 && !query.from && !query.to) {
    query.phrases = query.phrases.filter((p) => p.text !== years[0]);
    query.from = `${years[0]}-01-01`;
    query.to = `${years[0]}-12-31`;
  }
  query.concepts.push(...(extra.concepts ?? []).map((c) => c.toLowerCase()));
  query.categories.push(...(extra.categories ?? []).map(canonicalCategory));
  for (const key of ["from", "to"] as const) {
    const value = extra[key];
    const failure = value ? setDate(key, value, `${key}=${value}`) : null;
    if (failure) return failure;
  }
  const terms = query.phrases.length + query.excludes.length;
  if (terms > MAX_PHRASES) return { ok: false, message: `The query has ${terms} terms; the limit is ${MAX_PHRASES}.`, problem: { key: "tooManyTerms", values: { count: terms, limit: MAX_PHRASES } } };
  if (query.from && query.to && query.from > query.to) return { ok: false, message: `from:${query.from} is after to:${query.to}.`, problem: { key: "datesReversed", values: { from: query.from, to: query.to } } };
  return { ok: true, query };
}
