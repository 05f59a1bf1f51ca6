// Valid papers at the limits of what ingest accepts (lib/ingest/paper-record.ts LIMITS), shaped
// to make pages large: dense math, thousands of tiny sentences, a concept named in every word,
// the most authors and categories. Page budgets are measured and tested on them.
import { LIMITS } from "../../lib/ingest/paper-record.ts";

function fill(unit: string, max: number, start = ""): string {
  let text = start;
  while (text.length + unit.length <= max) text += unit;
  return text.trimEnd();
}

const DENSE_MATH = "$\\frac{\\sqrt{x_i^2+y_i^2}}{\\sum_{k=1}^{n}\\alpha_k}$ ";

/** JSON Lines records (the bulk format's field names) for day `date`, ids from 2699.00001. */
export function hostileRecords(date: string): Record<string, unknown>[] {
  const base = { authors: ["A. Author"], categories: "cs.CL", date };
  return [
    {
      ...base,
      arxiv_id: "2699.00001",
      title: fill("$\\hat{\\theta}_{ij}$ ", LIMITS.title, "Dense "),
      title_ko: fill("$\\hat{\\theta}_{ij}$ ", LIMITS.title, "조밀 "),
      abstract: fill(DENSE_MATH, LIMITS.abstract, "We prove. "),
      abstract_ko: fill(DENSE_MATH, LIMITS.abstract, "증명한다. "),
    },
    {
      ...base,
      arxiv_id: "2699.00002",
      title: "Tiny sentences",
      title_ko: "짧은 문장",
      abstract: fill("It is. ", LIMITS.abstract),
      abstract_ko: fill("그렇다. ", LIMITS.abstract),
    },
    {
      ...base,
      arxiv_id: "2699.00003",
      title: "LoRA ".repeat(150).trim(),
      title_ko: "LoRA 양자화 ".repeat(80).trim(),
      abstract: fill("LoRA RAG RLHF quantization. ", LIMITS.abstract),
      abstract_ko: fill("LoRA 양자화 검색 증강 생성. ", LIMITS.abstract),
    },
    {
      ...base,
      arxiv_id: "2699.00004",
      title: fill("Long title words ", LIMITS.title),
      authors: Array.from({ length: LIMITS.authors }, (_, i) => `Author Number ${i + 1}`),
      categories: Array.from(
        { length: LIMITS.categories },
        (_, i) => `cs.X${String.fromCharCode(65 + i)}`,
      ).join(" "),
      comment: fill("comment ", LIMITS.comment),
      abstract: fill(
        "A long sentence of plain words that goes on and on without math. ",
        LIMITS.abstract,
      ),
    },
  ];
}
