// GET /api/concepts/{slug}?page= – a concept, its papers newest first, weekly counts, neighbours.
import { ApiFailure, cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { conceptData } from "@/lib/queries/cached-queries";
import { parsePage } from "@/lib/queries/page-param";
import { conceptSlug, firstProblem } from "@/lib/validation/request-params";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = conceptSlug.safeParse((await params).slug);
  if (!slug.success) return apiError(400, "invalid_slug", `the concept ${firstProblem(slug.error)}`);
  const page = parsePage(new URL(request.url).searchParams.get("page"));
  if (page === null) return apiError(400, "invalid_page", "page must be a whole number from 1");
  return cachedApi(request, `concept ${slug.data} ${page}`, async () => (await conceptData(slug.data, page)) ?? new ApiFailure(404, "not_found", `no concept "${slug.data}"`));
}
