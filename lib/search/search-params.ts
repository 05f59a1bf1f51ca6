import { z } from "zod";
import { parsePage } from "../queries/page-param.ts";
import {
  arxivCategory,
  conceptSlug,
  dateBound,
  firstProblem,
  urlText,
} from "../validation/request-params.ts";
import { MAX_QUERY_LENGTH, type QueryProblem } from "./parse-query.ts";
import type { SearchRequest } from "./search-papers.ts";
import { SEARCH_MODES, type SearchMode } from "./semantic-scope.ts";

/**
 * How many values a repeated filter may have. Each result page links every facet with every
 * parameter, so these bound the page a request can make (1,000 cat= values made 27 MB).
 */
export const MAX_CONCEPT_FILTERS = 8;
export const MAX_CATEGORY_FILTERS = 20;

const Filters = z.object({
  q: urlText(MAX_QUERY_LENGTH),
  concept: z
    .array(conceptSlug)
    .max(MAX_CONCEPT_FILTERS, `may be given at most ${MAX_CONCEPT_FILTERS} times`),
  cat: z
    .array(arxivCategory)
    .max(MAX_CATEGORY_FILTERS, `may be given at most ${MAX_CATEGORY_FILTERS} times`),
  from: dateBound.nullable(),
  to: dateBound.nullable(),
});

type Failure = {
  ok: false;
  code: "invalid_page" | "invalid_sort" | "invalid_mode" | "invalid_query" | "invalid_filter";
  message: string;
  problem: QueryProblem;
};

/** The reader's words for what Filters refused (`length`: the query's, for a long one). */
function filterProblem(issue: z.core.$ZodIssue, length: number): QueryProblem {
  const [name, index] = issue.path;
  if (name === "q")
    return issue.code === "too_big"
      ? { key: "tooLong", values: { length, limit: MAX_QUERY_LENGTH } }
      : { key: "badCharacters" };
  if (index === undefined && issue.code === "too_big")
    return { key: "tooManyFilters", values: { name: String(name), limit: Number(issue.maximum) } };
  return { key: "badFilter", values: { name: String(name) } };
}

/** A search request from URL parameters (the API and the results page share them). */
export function searchRequestFrom(
  params: URLSearchParams,
): { ok: true; request: SearchRequest } | Failure {
  const page = parsePage(params.get("page"));
  if (page === null)
    return {
      ok: false,
      code: "invalid_page",
      message: "page must be a whole number from 1",
      problem: { key: "badPage" },
    };
  const sort = params.get("sort") || "relevance";
  if (sort !== "relevance" && sort !== "date")
    return {
      ok: false,
      code: "invalid_sort",
      message: 'sort must be "relevance" or "date"',
      problem: { key: "badSort" },
    };
  const mode = params.get("mode") || "lexical";
  if (!SEARCH_MODES.includes(mode as SearchMode))
    return {
      ok: false,
      code: "invalid_mode",
      message: 'mode must be "lexical", "semantic" or "hybrid"',
      problem: { key: "badMode" },
    };
  const q = params.get("q") ?? "";
  const filters = Filters.safeParse({
    q,
    concept: [...new Set(params.getAll("concept").filter(Boolean))],
    cat: [...new Set(params.getAll("cat").filter(Boolean))],
    from: params.get("from") || null,
    to: params.get("to") || null,
  });
  if (!filters.success) {
    const issue = filters.error.issues[0]!;
    const isQuery = issue.path[0] === "q";
    return {
      ok: false,
      code: isQuery ? "invalid_query" : "invalid_filter",
      message: firstProblem(filters.error),
      problem: filterProblem(issue, q.length),
    };
  }
  const { concept, cat, from, to } = filters.data;
  return {
    ok: true,
    request: {
      q,
      concepts: concept,
      categories: cat,
      from,
      to,
      sort,
      page,
      mode: mode as SearchMode,
    },
  };
}
