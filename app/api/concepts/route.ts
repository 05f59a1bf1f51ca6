// GET /api/concepts – the taxonomy in order, with parents and paper counts.
import { apiJson } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { listConcepts } from "@/lib/queries/list-concepts";

export async function GET() {
  return apiJson({ concepts: await listConcepts(getDb()) });
}
