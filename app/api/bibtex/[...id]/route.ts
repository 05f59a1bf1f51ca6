// GET /api/bibtex/{id or arXiv id} – the paper's BibTeX entry, as a .bib file to save or import.
import { ApiFailure, cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { bibtexEntry, citationKey } from "@/lib/export/cite-paper";
import { getPaper } from "@/lib/queries/get-paper";
import { parsePaperKey } from "@/lib/queries/paper-key";

export async function GET(request: Request, { params }: { params: Promise<{ id: string[] }> }) {
  const raw = (await params).id.join("/");
  const key = parsePaperKey(raw);
  if (!key)
    return apiError(
      400,
      "invalid_id",
      `"${raw}" is neither a paper id nor an arXiv id such as 2312.04876`,
    );
  return cachedApi(
    request,
    `bibtex ${JSON.stringify(key)}`,
    async () =>
      (await getPaper(getDb(), key)) ??
      new ApiFailure(404, "not_found", `no paper with id or arXiv id "${raw}"`),
    (paper) => ({
      body: bibtexEntry(paper),
      headers: {
        "Content-Type": "application/x-bibtex; charset=utf-8",
        "Content-Disposition": `attachment; filename="${citationKey(paper)}.bib"`,
      },
    }),
  );
}
