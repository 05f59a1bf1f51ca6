// GET /api/concepts – the taxonomy in order, with parents and paper counts.
import { cachedApi } from "@/lib/api/cached-api";
import { getDb } from "@/lib/db/server-db";
import { listConcepts } from "@/lib/queries/list-concepts";

export function GET(request: Request) {
  return cachedApi(request, "concepts", async () => ({ concepts: await listConcepts(getDb()) }));
}
