import { z } from "zod";
import { isMonth } from "../dates/month-grid.ts";
import { arxivCategory, conceptSlug, firstProblem, urlText } from "../validation/request-params.ts";
import type { DigestFilters } from "./get-digest-page.ts";
import { parsePage } from "./page-param.ts";

export type DigestParams =
  | { ok: true; page: number; filters: DigestFilters; month: string | null }
  | { ok: false; message: string };

const DigestQuery = z.object({
  cat: arxivCategory.nullable(),
  concept: conceptSlug.nullable(),
  ko: urlText(1).nullable(),
  month: urlText(7).refine(isMonth, "is not a month written YYYY-MM").nullable(),
});

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || null;

/**
 * The page, filters and calendar month of a digest page from its URL:
 * ?page=2&cat=cs.CL&concept=lora&ko=1&month=2025-04.
 */
export function digestParams(raw: Record<string, string | string[] | undefined>): DigestParams {
  const page = parsePage(one(raw.page));
  if (page === null) return { ok: false, message: "page must be a whole number from 1" };
  const parsed = DigestQuery.safeParse({
    cat: one(raw.cat),
    concept: one(raw.concept),
    ko: one(raw.ko),
    month: one(raw.month),
  });
  if (!parsed.success) return { ok: false, message: firstProblem(parsed.error) };
  const { cat, concept, ko, month } = parsed.data;
  return { ok: true, page, month, filters: { category: cat, concept, korean: ko === "1" } };
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
