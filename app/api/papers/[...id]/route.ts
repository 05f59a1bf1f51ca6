// GET /api/papers/{id or arXiv id} – one paper with both abstracts, its sentences, digests, related papers and suggested concepts.
import { apiError, apiJson } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { getPaper } from "@/lib/queries/get-paper";
import { parsePaperKey } from "@/lib/queries/paper-key";
import { embeddingSettings } from "@/lib/semantic/embedding-settings";
import { paperNeighbours } from "@/lib/semantic/paper-neighbours";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string[] }> }) {
  const raw = (await params).id.join("/");
  const key = parsePaperKey(raw);
  if (!key) return apiError(400, "invalid_id", `"${raw}" is neither a paper id nor an arXiv id such as 2312.04876`);
  const paper = await getPaper(getDb(), key);
  if (!paper) return apiError(404, "not_found", `no paper with id or arXiv id "${raw}"`);
  return apiJson({ ...paper, semantic: await paperNeighbours(getDb(), embeddingSettings(), paper.id) });
}
