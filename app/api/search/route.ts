// GET /api/search?q=&concept=&from=&to=&cat=&sort=&page=&mode= – papers by words in either language and filters.
import { ApiFailure, cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { searchRequestFrom } from "@/lib/search/search-params";
import { searchPapers } from "@/lib/search/search-papers";
import { loadEmbedder } from "@/lib/semantic/embedder";
import { embeddingSettings } from "@/lib/semantic/embedding-settings";

export async function GET(request: Request) {
  const parsed = searchRequestFrom(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.code, parsed.message);
  return cachedApi(request, `search ${JSON.stringify(parsed.request)}`, async () => {
    const semantic = parsed.request.mode === "lexical" ? undefined : await loadEmbedder(embeddingSettings());
    const outcome = await searchPapers(getDb(), parsed.request, semantic);
    if (!outcome.ok) return new ApiFailure(outcome.code === "semantic_off" ? 503 : 400, outcome.code, outcome.message);
    return outcome.result;
  });
}
