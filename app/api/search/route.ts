// GET /api/search?q=&concept=&from=&to=&cat=&sort=&page= – papers by words in either language and filters.
import { apiError, apiJson } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { searchRequestFrom } from "@/lib/search/search-params";
import { searchPapers } from "@/lib/search/search-papers";

export async function GET(request: Request) {
  const parsed = searchRequestFrom(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.code, parsed.message);
  const outcome = await searchPapers(getDb(), parsed.request);
  if (!outcome.ok) return apiError(400, outcome.code, outcome.message);
  return apiJson(outcome.result);
}
