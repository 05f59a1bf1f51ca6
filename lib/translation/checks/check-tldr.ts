// A Korean TL;DR is shown only when it is one sentence whose numbers, names and glossary terms
// all come from the paper's English: a summary must not add facts.
import { splitSentences } from "../../text/split-sentences.ts";
import { findTerm, squeeze, type Glossary } from "../glossary.ts";
import { koreanNumbers } from "./korean-numerals.ts";
import { englishValues, matches } from "./numbers.ts";

export const TLDR_MAX_LENGTH = 240;

/** Why the TL;DR cannot be shown; [] when it can. */
export function checkTldr(
  tldr: string,
  paper: { title: string; abstractEn: string },
  glossary: Glossary,
): string[] {
  const english = `${paper.title}\n${paper.abstractEn}`;
  const problems: string[] = [];
  if (splitSentences(tldr, "ko").length !== 1) problems.push("is not one sentence");
  if (tldr.length > TLDR_MAX_LENGTH) problems.push(`is longer than ${TLDR_MAX_LENGTH} characters`);
  if (!/\p{Script=Hangul}/u.test(tldr)) problems.push("is not Korean");
  const values = englishValues(english);
  for (const n of koreanNumbers(tldr))
    if (!matches(n, values)) problems.push(`says ${n.text}, which the abstract does not`);
  const latin = squeeze(english);
  for (const name of tldr.match(/[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+]|[A-Za-z]{2,}/g) ?? []) {
    if (!latin.includes(squeeze(name))) problems.push(`names ${name}, which the abstract does not`);
  }
  const korean = squeeze(tldr);
  for (const term of glossary.terms) {
    if (
      term.ko &&
      /\p{Script=Hangul}/u.test(term.ko) &&
      korean.includes(squeeze(term.ko)) &&
      findTerm(term, english).length === 0
    ) {
      problems.push(`speaks of ${term.ko} (${term.en[0]}), which the abstract does not`);
    }
  }
  return problems;
}
