// Numbers as Korean writes them, read as values: digits with a scale word (70억), compounds of
// scale groups (48만 5천 = 485,000; 1만 8,800 = 18,800; 3억 2천만 = 320,000,000) and native
// numerals before a counter (두 가지 = 2, 세 번째 = 3), so that they match the English's digits.
import type { FoundNumber } from "./numbers.ts";

const SCALE: Record<string, number> = {
  천: 1e3,
  만: 1e4,
  십만: 1e5,
  백만: 1e6,
  천만: 1e7,
  억: 1e8,
  십억: 1e9,
  백억: 1e10,
  천억: 1e11,
  조: 1e12,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  B: 1e9,
  T: 1e12,
};
const DIGITS = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)`;
const SCALE_WORD = "십만|백만|천만|십억|백억|천억|천|만|억|조";
// Digits inside names (GPT-4, Llama-3.1) are not numbers here: names are compared as names.
const NOT_IN_NAME = String.raw`(?<![\p{Script=Latin}\p{N}.]|\p{Script=Latin}-)`;
const NUMBER = new RegExp(
  String.raw`${NOT_IN_NAME}${DIGITS}(?:\s?(${SCALE_WORD}|k|K|M|B|T))?`,
  "gu",
);
// The next group of a compound: a smaller scale group, or plain digits after 만, 억 or 조.
const NEXT_GROUP = new RegExp(
  String.raw`^ ?${DIGITS}(${SCALE_WORD})?(?![\d.,%\p{Script=Latin}])`,
  "u",
);

const numeric = (raw: string) => Number(raw.replace(/,/g, ""));

/** Extends a scaled group with the smaller groups that follow it: 48만 5천, 1만 8,800. */
function compound(text: string, end: number, value: number, scale: number) {
  let total = value * scale;
  let last = scale;
  let at = end;
  for (;;) {
    const next = NEXT_GROUP.exec(text.slice(at));
    if (!next) break;
    const groupScale = next[2] ? SCALE[next[2]]! : 1;
    const groupValue = numeric(next[1]!) * groupScale;
    // Each group must be smaller than the scale before it, as in 3억 2천만 5천.
    const plain = !next[2];
    if (groupScale >= last || groupValue >= last || (plain && (last < 1e4 || groupValue % 1)))
      break;
    total += groupValue;
    last = groupScale;
    at += next[0].length;
    if (groupScale === 1) break;
  }
  return { total, end: at, joined: at > end };
}

/** Numbers written with digits, each with the values it may stand for. */
export function koreanNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const value = numeric(m[1]!);
    const scale = m[2] ? SCALE[m[2]] : undefined;
    if (!scale) {
      found.push({ text: m[0], start: m.index, values: [value] });
      continue;
    }
    const end = m.index + m[0].length;
    const { total, end: to, joined } = compound(text, end, value, scale);
    // A lone scaled number may also be meant unscaled (7B as 7); a compound only as its sum.
    const values = joined ? [total] : [total, value];
    found.push({ text: text.slice(m.index, to), start: m.index, values });
    NUMBER.lastIndex = to;
  }
  return found;
}

const NATIVE: Record<string, number> = {
  한: 1,
  첫: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열한: 11,
  열두: 12,
  스무: 20,
};
const COUNTER =
  "가지|개|번째|번|배|단계|명|종류|종|차례|곳|축|층|쌍|줄|편|건|권|요소|부분|언어|모델|과제|작업";
const NATIVE_WORD = new RegExp(
  `(?<!\\p{L})(${Object.keys(NATIVE)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s?(?:${COUNTER})`,
  "gu",
);

/** Values Korean states in native numerals before a counter: 두 가지, 세 번째, 다섯 개. */
export function koreanNumberWords(text: string): Set<number> {
  return new Set([...text.matchAll(NATIVE_WORD)].map((m) => NATIVE[m[1]!]!));
}
