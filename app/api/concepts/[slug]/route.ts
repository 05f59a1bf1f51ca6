// GET /api/concepts/{slug}?page=&mentionsPage= – a concept, the papers about it and those that
// only mention it (each newest first, paged), weekly counts, neighbours.
import { apiError, apiJson } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { getConcept } from "@/lib/queries/get-concept";
import { parsePage } from "@/lib/queries/page-param";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  const page = parsePage(query.get("page"));
  const mentionsPage = parsePage(query.get("mentionsPage"));
  if (page === null || mentionsPage === null) {
    return apiError(400, "invalid_page", "page and mentionsPage must be whole numbers from 1");
  }
  const concept = await getConcept(getDb(), slug, page, mentionsPage);
  if (!concept) return apiError(404, "not_found", `no concept "${slug}"`);
  return apiJson(concept);
}
