import { ASSIGN_THRESHOLD, NOTHING, type Tagger } from "./compile-tagger.ts";
import { matchKorean, matchLatin, type Match } from "./match-aliases.ts";
import { mentionContext } from "./mention-context.ts";
import { HANGUL, koreanTokens, latinTokens, type Token } from "./tokenize.ts";

export type TextField = "title" | "abstractEn" | "titleKo" | "abstractKo";

export interface PaperText {
  title: string;
  abstractEn: string;
  titleKo?: string | null;
  abstractKo?: string | null;
}

export interface Evidence {
  field: TextField;
  /** UTF-16 offsets into the stored (NFC) field text. */
  start: number;
  end: number;
  text: string;
}

export interface ConceptTag {
  slug: string;
  score: number;
  method: "lexical" | "implied";
  implied: boolean;
  evidence: Evidence[];
}

interface Mention extends Evidence {
  slugs: string[];
  weight: number;
}

const TITLE_WEIGHT = 3;
const NEGATED = 0.2;
const BASELINE = 0.4;
const SUBJECT = 1.5;
/** Each further mention in a field counts less than the one before. */
const REPEAT_DECAY = 0.5;

function mentionsIn(tagger: Tagger, field: TextField, text: string): Mention[] {
  const korean = HANGUL.test(text);
  const mentions: Mention[] = [];
  const collect = (tokens: Token[], matches: Match[]) => {
    for (const { from, to, trim, slugs } of matches) {
      const start = tokens[from]!.start;
      const end = tokens[to]!.end - trim;
      let weight = 1;
      if (field === "title" || field === "titleKo") weight = TITLE_WEIGHT;
      else {
        const context = mentionContext(text, start, end, korean);
        if (context.negated) weight *= NEGATED;
        else if (context.comparedInClause || (context.baseline && !context.subject)) weight *= BASELINE;
        else if (context.subject) weight *= SUBJECT;
      }
      mentions.push({ field, start, end, text: text.slice(start, end), slugs, weight });
    }
  };
  const latin = latinTokens(text);
  collect(latin, matchLatin(tagger, text, latin));
  if (korean) {
    const hangul = koreanTokens(text);
    // Latin terms inside Korean text were matched above; keep Korean matches that do not overlap them.
    const taken = mentions.map((m) => [m.start, m.end] as const);
    const matches = matchKorean(tagger, text, hangul).filter(({ from, to }) => !taken.some(([s, e]) => hangul[from]!.start < e && s < hangul[to]!.end));
    collect(hangul, matches);
  }
  return followLocalAcronyms(text, mentions);
}

const MINOR_WORDS = new Set(["of", "the", "and", "for", "to", "in", "on", "a", "an", "with"]);

/** Whether `acronym` abbreviates `phrase`: "TTS" = test-time scaling, "LoRA" = low-rank adaptation, "CoT" = chain-of-thought. */
function abbreviates(acronym: string, phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s\-‐–]+/).filter(Boolean);
  const initials = [words, words.filter((w) => !MINOR_WORDS.has(w))].map((list) => list.map((w) => w[0]).join(""));
  const bare = acronym.replace(/s$/, "");
  return [bare.toLowerCase(), bare.replace(/[^A-Z]/g, "").toLowerCase()].some((letters) => letters.length > 1 && initials.includes(letters));
}

/**
 * An acronym the paper defines ("Test-time scaling (TTS)") means what its long form means there,
 * whatever the taxonomy's acronym means elsewhere (TTS: text-to-speech). Every mention of it in the
 * field takes the concepts of its long form; none when the long form names no concept. A long
 * form inside a longer term ("long chain-of-thought (CoT)") leaves the acronym as it is.
 */
function followLocalAcronyms(text: string, mentions: Mention[]): Mention[] {
  const meaning = new Map<string, string[]>();
  for (const m of mentions) {
    if (text[m.start - 1] !== "(" || text[m.end] !== ")" || meaning.has(m.text)) continue;
    const base = Math.max(0, m.start - 120);
    const before = text.slice(base, m.start - 1).trimEnd();
    const words = before.split(/\s+/);
    const longForm = [2, 3, 4, 5, 6].map((k) => words.slice(-k).join(" ")).find((phrase) => abbreviates(m.text, phrase));
    if (!longForm) continue;
    const formStart = base + before.length - longForm.length;
    const named = mentions.find((p) => p !== m && p.end === base + before.length);
    if (named && named.start < formStart) continue;
    meaning.set(m.text, named?.slugs ?? []);
  }
  if (meaning.size === 0) return mentions;
  return mentions.flatMap((m) => {
    const slugs = meaning.get(m.text);
    if (!slugs) return [m];
    return slugs.length ? [{ ...m, slugs }] : [];
  });
}

function fieldScore(weights: number[]): number {
  return weights.sort((a, b) => b - a).reduce((sum, w, i) => sum + w * REPEAT_DECAY ** i, 0);
}

/**
 * The concepts a paper is about, with evidence. English and Korean are scored separately and
 * the stronger counts (a translation repeats its original). Ancestors of assigned concepts
 * are added as implied.
 */
export function tagPaper(tagger: Tagger, paper: PaperText): ConceptTag[] {
  const fields: [TextField, string | null | undefined][] = [["title", paper.title], ["abstractEn", paper.abstractEn], ["titleKo", paper.titleKo], ["abstractKo", paper.abstractKo]];
  const bySlug = new Map<string, Mention[]>();
  for (const [field, text] of fields) {
    if (!text) continue;
    for (const mention of mentionsIn(tagger, field, text)) {
      for (const slug of mention.slugs) if (slug !== NOTHING) bySlug.set(slug, [...(bySlug.get(slug) ?? []), mention]);
    }
  }

  const tags = new Map<string, ConceptTag>();
  for (const [slug, mentions] of bySlug) {
    const weights = (fields: TextField[]) => fieldScore(mentions.filter((m) => fields.includes(m.field)).map((m) => m.weight));
    const english = Math.min(TITLE_WEIGHT, weights(["title"])) + weights(["abstractEn"]);
    const korean = Math.min(TITLE_WEIGHT, weights(["titleKo"])) + weights(["abstractKo"]);
    const score = Math.round(Math.max(english, korean) * 100) / 100;
    if (score < (tagger.concepts.get(slug)?.minScore ?? ASSIGN_THRESHOLD)) continue;
    tags.set(slug, { slug, score, method: "lexical", implied: false, evidence: mentions.map(({ field, start, end, text }) => ({ field, start, end, text })) });
  }
  for (const tag of [...tags.values()]) {
    for (const ancestor of tagger.concepts.get(tag.slug)?.ancestors ?? []) {
      const existing = tags.get(ancestor);
      if (!existing) tags.set(ancestor, { slug: ancestor, score: tag.score, method: "implied", implied: true, evidence: [] });
      else if (existing.implied) existing.score = Math.max(existing.score, tag.score);
    }
  }
  return [...tags.values()].sort((a, b) => Number(a.implied) - Number(b.implied) || b.score - a.score || a.slug.localeCompare(b.slug));
}
