// GET /api/ingest-runs?limit= – the latest ingest runs with their counts and errors.
import { cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { listIngestRuns } from "@/lib/queries/list-ingest-runs";

export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get("limit") ?? "50";
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) return apiError(400, "invalid_limit", `limit must be a whole number from 1 to 500, not ${JSON.stringify(raw.slice(0, 40))}`);
  return cachedApi(request, `ingest-runs ${limit}`, async () => ({ runs: await listIngestRuns(getDb(), limit) }));
}
