import { NOTHING, type Tagger } from "./compile-tagger.ts";
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

/** What the lexical layer read in a paper. */
export interface PaperMentions {
  /** Each concept named, with its evidence. */
  concepts: Map<string, ConceptMentions>;
  /** The words of the English title and of the abstract: always two lists, either may be empty. */
  english: Token[][];
}

/** What the lexical layer found of one concept in a paper. */
export interface ConceptMentions {
  /** The mentions weighed (title, context, repeats): English and Korean apart, the stronger. */
  score: number;
  /** The same from the English title and abstract alone, which the learned layer reads. */
  scoreEn: number;
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

/** The mentions in one field; its Latin tokens are added to `words` when given. */
function mentionsIn(
  tagger: Tagger,
  field: TextField,
  text: string,
  words: Token[][] | null,
): Mention[] {
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
  words?.push(latin);
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

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Every concept the paper's title and abstracts name, with the evidence and a score that weighs
 * each mention by where it is (title, the paper's own work, a baseline, a negation). English and
 * Korean are scored separately and the stronger counts (a translation repeats its original).
 */
export function findMentions(tagger: Tagger, paper: PaperText): PaperMentions {
  const fields: [TextField, string | null | undefined][] = [
    ["title", paper.title],
    ["abstractEn", paper.abstractEn],
    ["titleKo", paper.titleKo],
    ["abstractKo", paper.abstractKo],
  ];
  const bySlug = new Map<string, Mention[]>();
  const english: Token[][] = [];
  for (const [field, text] of fields) {
    const words = field === "title" || field === "abstractEn" ? english : null;
    if (!text) {
      words?.push([]);
      continue;
    }
    for (const mention of mentionsIn(tagger, field, text, words)) {
      for (const slug of mention.slugs) {
        if (slug === NOTHING) continue;
        const list = bySlug.get(slug);
        if (list) list.push(mention);
        else bySlug.set(slug, [mention]);
      }
    }
  }
  const found = new Map<string, ConceptMentions>();
  for (const [slug, mentions] of bySlug) {
    const weights = (field: TextField) => fieldScore(mentions.filter((m) => m.field === field).map((m) => m.weight));
    const english = Math.min(TITLE_WEIGHT, weights("title")) + weights("abstractEn");
    const korean = Math.min(TITLE_WEIGHT, weights("titleKo")) + weights("abstractKo");
    const evidence = mentions.map(({ field, start, end, text }) => ({ field, start, end, text }));
    found.set(slug, { score: round(Math.max(english, korean)), scoreEn: round(english), evidence });
  }
  return { concepts: found, english };
}
