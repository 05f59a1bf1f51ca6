// What the local stand-ins for translation services answer with: Korean that keeps every
// placeholder, renders the glossary terms it is given and is about as long as a human
// translation, so that a stored result passes the quality checks unless a test spoils it.
const FILLER =
  "대규모 언어 모델은 긴 시퀀스 추론에서 상당한 비용 문제에 부딪히며 이를 해결하기 위해 이전에 계산한 캐시를 재사용하는 방식이 주류로 자리 잡았고 " +
  "최근에는 가장 관련성 높은 정보만 골라 처리량을 높이는 연구가 이어지고 있으나 이런 기법은 단일 상황에만 적용되어 여러 문서를 함께 다루는 경우에는 효과가 떨어진다";

export interface FakeTerm {
  en: string;
  ko: string;
}

/** A Korean rendering of one English item (placeholders as ⟦n⟧ or <x i="n"/>). */
export function fakeKorean(english: string, id: number, terms: FakeTerm[]): string {
  const placeholders = english.match(/⟦\d+⟧|<x i="\d+"\/>/g) ?? [];
  const rendered = terms
    .filter((t) => english.toLowerCase().includes(t.en.toLowerCase()))
    .map((t) => t.ko);
  const letters = english.replace(/⟦\d+⟧|<x i="\d+"\/>|\s+/g, "").length;
  const start = (id * 37) % 120;
  const filler = FILLER.slice(start, start + Math.max(6, Math.round(letters * 0.35))).trim();
  return [...rendered, ...placeholders, filler].join(" ") + "다.";
}
