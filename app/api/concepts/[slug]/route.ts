// GET /api/concepts/{slug}?page= – a concept, its papers newest first, weekly counts, neighbours.
import { apiError, apiJson } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { getConcept } from "@/lib/queries/get-concept";
import { parsePage } from "@/lib/queries/page-param";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = parsePage(new URL(request.url).searchParams.get("page"));
  if (page === null) return apiError(400, "invalid_page", "page must be a whole number from 1");
  const concept = await getConcept(getDb(), slug, page);
  if (!concept) return apiError(404, "not_found", `no concept "${slug}"`);
  return apiJson(concept);
}
