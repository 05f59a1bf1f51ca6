import { parsePage } from "../queries/page-param.ts";
import type { QueryProblem } from "./parse-query.ts";
import type { SearchRequest } from "./search-papers.ts";
import { SEARCH_MODES, type SearchMode } from "./semantic-scope.ts";

/** A search request from URL parameters (the API and the results page share them). */
export function searchRequestFrom(params: URLSearchParams): { ok: true; request: SearchRequest } | { ok: false; code: "invalid_page" | "invalid_sort" | "invalid_mode"; message: string; problem: QueryProblem } {
  const page = parsePage(params.get("page"));
  if (page === null) return { ok: false, code: "invalid_page", message: "page must be a whole number from 1", problem: { key: "badPage" } };
  const sort = params.get("sort") || "relevance";
  if (sort !== "relevance" && sort !== "date") return { ok: false, code: "invalid_sort", message: 'sort must be "relevance" or "date"', problem: { key: "badSort" } };
  const mode = params.get("mode") || "lexical";
  if (!SEARCH_MODES.includes(mode as SearchMode)) return { ok: false, code: "invalid_mode", message: 'mode must be "lexical", "semantic" or "hybrid"', problem: { key: "badMode" } };
  return {
    ok: true,
    request: {
      q: params.get("q") ?? "",
      concepts: params.getAll("concept").filter(Boolean),
      categories: params.getAll("cat").filter(Boolean),
      from: params.get("from") || null,
      to: params.get("to") || null,
      sort,
      page,
      mode: mode as SearchMode,
    },
  };
}
