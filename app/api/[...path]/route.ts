// Any other /api path: a JSON 404 rather than an HTML page.
import { apiError } from "@/lib/api/responses";

export function GET(request: Request) {
  return apiError(404, "not_found", `no API endpoint at ${new URL(request.url).pathname}`);
}
