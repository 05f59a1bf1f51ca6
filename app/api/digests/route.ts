// GET /api/digests – every digest date with its paper count, newest first.
import { apiJson } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { listDigests } from "@/lib/queries/list-digests";

export async function GET() {
  return apiJson({ digests: await listDigests(getDb()) });
}
