// Realistic defects put into a clean Korean translation, to measure what the checks catch: the
// faults machine translation makes (a dropped sentence, a changed number, a lost formula, a
// wrong term, a truncated tail, a looped sentence). Deterministic: a paper's id seeds each one.
import { createHash } from "node:crypto";
import { findInlineMath } from "../../text/inline-math.ts";
import { alignAbstracts, sentenceTexts } from "../../text/sentence-alignment.ts";
import { splitSentences } from "../../text/split-sentences.ts";
import { findTerm, squeeze, type Glossary } from "../glossary.ts";
import { koreanNumbers } from "./korean-numerals.ts";

export const DEFECTS = [
  "dropped-sentence",
  "changed-number",
  "lost-formula",
  "wrong-term",
  "truncated-tail",
  "looped-sentence",
] as const;
export type Defect = (typeof DEFECTS)[number];

export interface Translated {
  id: string;
  title: string;
  abstractEn: string;
  titleKo: string;
  abstractKo: string;
}

// Renderings machine translation is known to produce for glossary terms (hallucination as 쇄도).
const WRONG: Record<string, string> = {
  환각: "쇄도",
  양자화: "수량화",
  파인튜닝: "미세한 조율",
  증류: "정제",
  가지치기: "잘라내기",
  강화학습: "보강 학습",
  "검색 증강 생성": "회수 강화 세대",
  에이전트: "대리인",
  벤치마크: "의자 표시",
  사전학습: "예비 훈련",
  정렬: "줄 세우기",
  트랜스포머: "변압기",
  임베딩: "끼워 넣기",
  토큰화: "증표화",
  "지식 그래프": "지식 도표",
  질의응답: "문답 놀이",
  멀티모달: "다방식",
  다국어: "여러 말",
  요약: "줄거리",
  탈옥: "감옥 탈출",
  처리량: "통과량",
};

/** A pseudo-random generator seeded by the paper and the defect. */
function random(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: T[], next: () => number): T => items[Math.floor(next() * items.length)]!;
const replaceAt = (text: string, start: number, end: number, by: string) =>
  text.slice(0, start) + by + text.slice(end);

function droppedSentence(ko: string, next: () => number): string | null {
  const sentences = splitSentences(ko, "ko");
  if (sentences.length < 3) return null;
  const i = 1 + Math.floor(next() * (sentences.length - 2));
  return replaceAt(ko, sentences[i]!.start, sentences[i + 1]!.start, "");
}

function changedNumber(ko: string, next: () => number): string | null {
  const numbers = koreanNumbers(ko).filter((n) => /\d/.test(n.text));
  if (numbers.length === 0) return null;
  const n = pick(numbers, next);
  const digits = [...n.text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  const at = pick(digits, next);
  const changed = String((Number(n.text[at]) + 1 + Math.floor(next() * 8)) % 10);
  return replaceAt(ko, n.start + at, n.start + at + 1, changed);
}

function lostFormula(ko: string, next: () => number): string | null {
  const spans = findInlineMath(ko);
  if (spans.length === 0) return null;
  const span = pick(spans, next);
  // Engines either drop a formula or flatten it to text.
  const flat = span.tex.replace(/\\[a-zA-Z]+\s*/g, "").replace(/[{}^_\\]/g, "");
  return replaceAt(ko, span.start, span.end, next() < 0.5 ? "" : flat);
}

function wrongTerm(paper: Translated, glossary: Glossary, next: () => number): string | null {
  const alignment = alignAbstracts(paper.abstractEn, paper.abstractKo);
  const en = sentenceTexts(paper.abstractEn, alignment.en);
  const spans = alignment.ko;
  const candidates = alignment.pairs.flatMap((pair) =>
    glossary.terms.flatMap((term) => {
      const english = pair.en.map((k) => en[k]!).join(" ");
      if (term.keep || !term.ko || findTerm(term, english).length === 0) return [];
      return pair.ko.flatMap((k) => {
        const [start, end] = spans[k]!;
        const sentence = paper.abstractKo.slice(start, end);
        const rendering = [term.ko!, ...term.accept].find(
          (r) => /\p{Script=Hangul}/u.test(r) && sentence.includes(r),
        );
        return rendering ? [{ term, start, end, rendering }] : [];
      });
    }),
  );
  if (candidates.length === 0) return null;
  const { term, start, end, rendering } = pick(candidates, next);
  const others = glossary.terms.filter(
    (t) =>
      t.ko &&
      t !== term &&
      ![term.ko, ...term.accept].some((r) => squeeze(t.ko!).includes(squeeze(r!))),
  );
  const wrong = WRONG[rendering] ?? pick(others, next).ko!;
  return replaceAt(
    paper.abstractKo,
    start,
    end,
    paper.abstractKo.slice(start, end).split(rendering).join(wrong),
  );
}

function truncatedTail(ko: string, next: () => number): string | null {
  return ko.slice(0, Math.floor(ko.length * (0.55 + next() * 0.3))).trimEnd();
}

function loopedSentence(ko: string, next: () => number): string | null {
  const sentences = splitSentences(ko, "ko");
  if (sentences.length === 0) return null;
  const s = pick(sentences, next);
  if (next() < 0.5) return replaceAt(ko, s.end, s.end, ` ${s.text}`);
  // A decoding loop: a few words of the sentence said three more times.
  const words = s.text.split(" ");
  if (words.length < 4) return replaceAt(ko, s.end, s.end, ` ${s.text}`);
  const from = Math.floor(next() * (words.length - 3));
  const phrase = words.slice(from, from + 2 + Math.floor(next() * 2)).join(" ");
  const at = ko.indexOf(phrase, s.start) + phrase.length;
  return replaceAt(ko, at, at, ` ${phrase}`.repeat(3));
}

/** The abstract with the defect put in, or null when the paper offers no place for it. */
export function corrupt(paper: Translated, defect: Defect, glossary: Glossary): string | null {
  const next = random(`${paper.id}:${defect}`);
  switch (defect) {
    case "dropped-sentence":
      return droppedSentence(paper.abstractKo, next);
    case "changed-number":
      return changedNumber(paper.abstractKo, next);
    case "lost-formula":
      return lostFormula(paper.abstractKo, next);
    case "wrong-term":
      return wrongTerm(paper, glossary, next);
    case "truncated-tail":
      return truncatedTail(paper.abstractKo, next);
    case "looped-sentence":
      return loopedSentence(paper.abstractKo, next);
  }
}
