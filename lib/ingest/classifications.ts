// Crawls of arXiv listings put a paper's ACM and MSC classes among its arXiv categories
// ("cs.CL", "I.2.7; I.2.6", "68T50, 68T07"). Each entry is sorted into one of the two.

const ARXIV_CATEGORY = /^[a-z][a-z-]*(\.[A-Za-z][A-Za-z-]*)?$/;
// ACM 1998 codes (I.2.7, H.3.3, K.4, G.m) and MSC 2020 codes (68T50, 68Txx, 68-02, 62M10).
const ACM = String.raw`[A-K]\.(?:\d{1,2}|m)(?:\.(?:\d{1,2}|m))?`;
const MSC = String.raw`\d{2}[A-Z](?:\d{2}|xx)|\d{2}-(?:\d{2}|XX)`;
const CLASS_CODE = new RegExp(String.raw`(?:^|[^A-Za-z0-9.])(?:${ACM}|${MSC})(?![A-Za-z0-9])`);

export type Classification = "category" | "class" | "unknown";

/** Whether an entry of a paper's categories is an arXiv category, an ACM/MSC class, or neither. */
export function classify(entry: string): Classification {
  if (ARXIV_CATEGORY.test(entry)) return "category";
  return CLASS_CODE.test(entry) ? "class" : "unknown";
}
