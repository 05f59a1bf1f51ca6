// GET /api/concepts/{slug}?page=&mentionsPage= – a concept, the papers about it and those that
// only mention it (each newest first, paged), weekly counts, neighbours.
import { ApiFailure, cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { conceptData } from "@/lib/queries/cached-queries";
import { parsePage } from "@/lib/queries/page-param";
import { conceptSlug, firstProblem } from "@/lib/validation/request-params";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = conceptSlug.safeParse((await params).slug);
  if (!slug.success) return apiError(400, "invalid_slug", `the concept ${firstProblem(slug.error)}`);
  const query = new URL(request.url).searchParams;
  const page = parsePage(query.get("page"));
  const mentionsPage = parsePage(query.get("mentionsPage"));
  if (page === null || mentionsPage === null) {
    return apiError(400, "invalid_page", "page and mentionsPage must be whole numbers from 1");
  }
  return cachedApi(
    request,
    `concept ${slug.data} ${page} ${mentionsPage}`,
    async () =>
      (await conceptData(slug.data, page, mentionsPage)) ??
      new ApiFailure(404, "not_found", `no concept "${slug.data}"`),
  );
}
