// GET /api/digests – every digest date with its paper count, newest first.
import { cachedApi } from "@/lib/api/cached-api";
import { getDb } from "@/lib/db/server-db";
import { listDigests } from "@/lib/queries/list-digests";

export function GET(request: Request) {
  return cachedApi(request, "digests", async () => ({ digests: await listDigests(getDb()) }));
}
