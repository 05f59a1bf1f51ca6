// The most bytes (uncompressed HTML or JSON) each kind of page may be, whatever valid papers and
// URL parameters it is given: npm run bench:pages measures them, tests/e2e/page-budgets.test.ts
// holds the hostile cases and a day of real volume to them.
export const PAGE_BUDGETS = {
  // A day's digest page (the highlights, or one page of the list) whatever the day's size and
  // however long its Korean; the aim for a day of 1,000 papers is 200 KB (npm run bench:digest).
  digest: 300_000,
  paper: 1_500_000,
  // The API returns every evidence span the tagger stored (up to a few thousand on one abstract).
  "paper API": 1_000_000,
  "digest of hostile papers": 3_000_000,
  concept: 400_000,
  concepts: 400_000,
  search: 400_000,
  "search API": 200_000,
} as const;

export type BudgetedPage = keyof typeof PAGE_BUDGETS;

const cats = Array.from({ length: 20 }, (_, i) => `cat=cs.X${String.fromCharCode(65 + i)}`).join(
  "&",
);
const concepts = ["lora", "rag", "rlhf", "quantization", "peft", "qlora", "transformer", "rope"]
  .map((slug) => `concept=${slug}`)
  .join("&");
// 24 terms (the query's limit) of 40 characters: near the 1,000-character limit.
const words = Array.from(
  { length: 24 },
  (_, i) => `"low rank adaptation quantization ${String(i).padStart(3, "0")}"`,
).join(" ");
/** The largest search URL the parameter limits allow: 1,000 characters of words, 8 concepts, 20 categories. */
export const WORST_SEARCH = `q=${encodeURIComponent(words.slice(0, 1000))}&${concepts}&${cats}`;

/** The hostile pages (scripts/bench/hostile-records.ts) and the budget each is held to. */
export const HOSTILE_PAGES: [string, BudgetedPage][] = [
  ["/ko/papers/2699.00001", "paper"],
  ["/ko/papers/2699.00002", "paper"],
  ["/ko/papers/2699.00003", "paper"],
  ["/en/papers/2699.00004", "paper"],
  ["/api/papers/2699.00001", "paper API"],
  ["/api/papers/2699.00003", "paper API"],
  ["/api/papers/2699.00004", "paper API"],
  ["/ko/digests/2026-07-01", "digest of hostile papers"],
  ["/ko/concepts/lora", "concept"],
  ["/ko/concepts", "concepts"],
  [`/ko/search?${WORST_SEARCH}`, "search"],
  [`/api/search?${WORST_SEARCH}`, "search API"],
];
