import { classify } from "../ingest/classifications.ts";
import type { DigestFilters } from "./get-digest-page.ts";
import { parsePage } from "./page-param.ts";

export type DigestParams =
  { ok: true; page: number; filters: DigestFilters } | { ok: false; message: string };

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || null;

/** The page and filters of a digest page from its URL: ?page=2&cat=cs.CL&concept=lora&ko=1. */
export function digestParams(raw: Record<string, string | string[] | undefined>): DigestParams {
  const page = parsePage(one(raw.page));
  if (page === null) return { ok: false, message: "page must be a whole number from 1" };
  const category = one(raw.cat);
  if (category !== null && (category.length > 40 || classify(category) !== "category"))
    return { ok: false, message: "cat must be an arXiv category such as cs.CL" };
  const concept = one(raw.concept);
  if (concept !== null && (concept.length > 80 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(concept)))
    return { ok: false, message: "concept must be a concept's slug such as lora" };
  return { ok: true, page, filters: { category, concept, korean: one(raw.ko) === "1" } };
}

/** The query string of a digest page; filters kept, page 1 left out. */
export function digestQuery(filters: DigestFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.category) params.set("cat", filters.category);
  if (filters.concept) params.set("concept", filters.concept);
  if (filters.korean) params.set("ko", "1");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
