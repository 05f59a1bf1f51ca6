// GET /api/papers/{id or arXiv id} – one paper with both abstracts, its sentences, digests, related papers and suggested concepts.
import { ApiFailure, cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { paperData } from "@/lib/queries/cached-queries";
import { parsePaperKey } from "@/lib/queries/paper-key";
import { embeddingSettings } from "@/lib/semantic/embedding-settings";
import { paperNeighbours } from "@/lib/semantic/paper-neighbours";

export async function GET(request: Request, { params }: { params: Promise<{ id: string[] }> }) {
  const raw = (await params).id.join("/");
  const key = parsePaperKey(raw);
  if (!key) return apiError(400, "invalid_id", `"${raw}" is neither a paper id nor an arXiv id such as 2312.04876`);
  return cachedApi(request, `paper ${JSON.stringify(key)}`, async () => {
    const paper = await paperData(key);
    if (!paper) return new ApiFailure(404, "not_found", `no paper with id or arXiv id "${raw}"`);
    return { ...paper, semantic: await paperNeighbours(getDb(), embeddingSettings(), paper.id) };
  });
}
