// Measures the translation checks on real human translations and corrupted copies of them:
// recall per defect (a defect counts as caught when the checks report more findings of the
// kinds that defect calls for than on the clean translation) and the false-alarm rate (clean
// translations with any finding).
import { alignAbstracts } from "../../text/sentence-alignment.ts";
import type { Glossary } from "../glossary.ts";
import { checkTranslation, type CheckFinding, type CheckKind } from "./check-translation.ts";
import { corrupt, DEFECTS, type Defect, type Translated } from "./corrupt-translation.ts";

export const EXPECTED_KINDS: Record<Defect, CheckKind[]> = {
  "dropped-sentence": ["missing-sentence", "length"],
  "changed-number": ["number"],
  "lost-formula": ["math"],
  "wrong-term": ["glossary"],
  "truncated-tail": ["missing-sentence", "length"],
  "looped-sentence": ["repetition", "extra-sentence"],
};

export function checkPaper(
  paper: Translated,
  abstractKo: string,
  glossary: Glossary,
): CheckFinding[] {
  const texts = {
    title: paper.title,
    abstractEn: paper.abstractEn,
    titleKo: paper.titleKo,
    abstractKo,
  };
  return checkTranslation(
    { ...texts, alignment: alignAbstracts(paper.abstractEn, abstractKo) },
    glossary,
  );
}

export interface DefectResult {
  defect: Defect;
  cases: number;
  caught: number;
  recall: number;
  /** Ids of the papers whose defect went unnoticed. */
  missed: string[];
}

export interface ChecksEvaluation {
  papers: number;
  defects: DefectResult[];
  clean: { alarmed: number; rate: number; alarms: { id: string; findings: CheckFinding[] }[] };
}

const count = (findings: CheckFinding[], kinds: CheckKind[]) =>
  findings.filter((f) => kinds.includes(f.kind)).length;

export function evaluateChecks(papers: Translated[], glossary: Glossary): ChecksEvaluation {
  const clean = papers.map((paper) => ({
    paper,
    findings: checkPaper(paper, paper.abstractKo, glossary),
  }));
  const defects = DEFECTS.map((defect): DefectResult => {
    const missed: string[] = [];
    let cases = 0;
    for (const { paper, findings } of clean) {
      const corrupted = corrupt(paper, defect, glossary);
      if (corrupted === null || corrupted === paper.abstractKo) continue;
      cases += 1;
      const kinds = EXPECTED_KINDS[defect];
      if (count(checkPaper(paper, corrupted, glossary), kinds) <= count(findings, kinds))
        missed.push(paper.id);
    }
    return {
      defect,
      cases,
      caught: cases - missed.length,
      recall: cases ? (cases - missed.length) / cases : 0,
      missed,
    };
  });
  const alarms = clean
    .filter((c) => c.findings.length > 0)
    .map((c) => ({ id: c.paper.id, findings: c.findings }));
  return {
    papers: papers.length,
    defects,
    clean: {
      alarmed: alarms.length,
      rate: papers.length ? alarms.length / papers.length : 0,
      alarms,
    },
  };
}
