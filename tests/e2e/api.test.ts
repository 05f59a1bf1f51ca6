import { describe, expect, inject, it } from "vitest";
import { sampleDigests } from "../support/sample-content.ts";

const urls = inject("appUrls");
const servers = [{ dialect: "sqlite", url: urls.sqlite }, ...(urls.postgresql ? [{ dialect: "postgresql", url: urls.postgresql }] : [])];
const digests = sampleDigests();
const latest = digests.at(-1)!;

async function get(base: string, path: string): Promise<{ status: number; body: any; type: string | null }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json(), type: response.headers.get("content-type") };
}

describe.each(servers)("JSON API served from $dialect", ({ url }) => {
  it("GET /api/digests lists every digest, newest first, with paper counts", async () => {
    const { status, body, type } = await get(url, "/api/digests");
    expect(status).toBe(200);
    expect(type).toContain("application/json");
    expect(body.digests).toEqual(digests.map((d) => ({ date: d.date, paperCount: d.papers.length })).reverse());
  });

  it("GET /api/digests/{date} returns the papers in order with the documented fields", async () => {
    const { status, body } = await get(url, `/api/digests/${latest.date}`);
    expect(status).toBe(200);
    expect(body.date).toBe(latest.date);
    expect(body.previous).toBe(digests.at(-2)!.date);
    expect(body.next).toBeNull();
    expect(body.papers.map((p: { arxivId: string }) => p.arxivId)).toEqual(latest.papers.map((p) => p.arxivId));
    const first = body.papers[0];
    expect(Object.keys(first)).toEqual(expect.arrayContaining(["id", "arxivId", "title", "titleKo", "abstractEn", "abstractKo", "authors", "categories"]));
    expect(first).toMatchObject({
      title: latest.papers[0]!.title,
      titleKo: latest.papers[0]!.titleKo,
      abstractKo: latest.papers[0]!.abstractKo,
      authors: latest.papers[0]!.authors,
      categories: latest.papers[0]!.categories,
    });
  });

  it("GET /api/papers/{id} finds a paper by arXiv id, versioned arXiv id and numeric id", async () => {
    const arxivId = latest.papers[1]!.arxivId!;
    const byArxiv = await get(url, `/api/papers/${arxivId}`);
    expect(byArxiv.status).toBe(200);
    expect(byArxiv.body.digests).toContain(latest.date);
    expect((await get(url, `/api/papers/${arxivId}v9`)).body.id).toBe(byArxiv.body.id);
    expect((await get(url, `/api/papers/${byArxiv.body.id}`)).body.arxivId).toBe(arxivId);
  });

  it("GET /api/papers/{id} returns both abstracts' sentences and their alignment in reading order", async () => {
    const { body } = await get(url, "/api/papers/2504.08838");
    expect(body.sentencesEn).toHaveLength(5);
    expect(body.sentencesEn[3]).toMatch(/^On a Llama-3\.1-70B target model/);
    expect(body.sentencesKo[3]).toMatch(/^Llama-3\.1-70B 대상 모델에서/);
    expect(body.alignment).toEqual([0, 1, 2, 3, 4].map((i) => ({ en: [i], ko: [i] })));
    const stale = (await get(url, "/api/papers/2508.13397")).body;
    expect(stale.translation.stale).toBe(true);
    expect(stale.alignment.at(-1)).toEqual({ en: [stale.sentencesEn.length - 1], ko: [] });
    const english = (await get(url, "/api/papers/2508.13346")).body;
    expect([english.sentencesKo, english.alignment.every((p: { ko: number[] }) => p.ko.length === 0)]).toEqual([[], true]);
  });

  it("GET /api/papers/{id} lists the concepts it is about: score, method, evidence", async () => {
    const { body } = await get(url, "/api/papers/2505.12871");
    const lora = body.concepts.find((c: { slug: string }) => c.slug === "lora");
    expect(lora).toMatchObject({ slug: "lora", nameKo: "LoRA(저랭크 적응)", method: "learned", implied: false });
    expect(lora.score).toBeGreaterThan(0.5);
    // A lexical decision's score is the mentions' score, with their evidence.
    const backdoor = body.concepts.find((c: { slug: string }) => c.slug === "backdoor-attacks");
    expect(backdoor).toMatchObject({ method: "lexical", implied: false });
    expect(backdoor.score).toBeGreaterThan(1);
    const evidence = { field: expect.any(String), start: expect.any(Number), end: expect.any(Number), text: expect.any(String) };
    expect(backdoor.evidence[0]).toEqual(evidence);
    expect(lora.evidence[0]).toEqual(evidence);
    const safety = body.concepts.find((c: { slug: string }) => c.slug === "llm-safety");
    expect(safety).toMatchObject({ implied: true, method: "implied", evidence: [] });
  });

  it("GET /api/papers/{id} keeps mentions apart and says why a learned tag was given", async () => {
    const days = await Promise.all(digests.map((d) => get(url, `/api/digests/${d.date}`)));
    const papers = days.flatMap((r) => r.body.papers);
    type Tagged = { slug: string; method: string; evidence: unknown[]; features?: unknown[] };
    const mentioning = papers.find((p: { mentions: Tagged[] }) => p.mentions.length > 0);
    const { body } = await get(url, `/api/papers/${mentioning.arxivId}`);
    const about = new Set(body.concepts.map((c: Tagged) => c.slug));
    for (const m of body.mentions) {
      const fields = ["descriptionEn", "descriptionKo", "evidence", "nameEn", "nameKo", "slug"];
      expect(Object.keys(m).sort()).toEqual(fields);
      expect(m.evidence.length).toBeGreaterThan(0);
      expect(about.has(m.slug)).toBe(false);
    }
    const isLearned = (c: Tagged) => c.method === "learned";
    const learnedPaper = papers.find((p: { concepts: Tagged[] }) => p.concepts.some(isLearned));
    const full = (await get(url, `/api/papers/${learnedPaper.arxivId}`)).body;
    const feature = { kind: expect.stringMatching(/^(word|concept)$/), weight: expect.any(Number) };
    expect(full.concepts.find(isLearned).features[0]).toEqual(expect.objectContaining(feature));
    // A digest's papers keep the shape of before: no features there.
    const fields = ["evidence", "implied", "method", "nameEn", "nameKo", "score", "slug"];
    expect(Object.keys(learnedPaper.concepts[0]).sort()).toEqual(fields);
  });

  it("GET /api/concepts and /api/concepts/{slug} serve the taxonomy and a concept's papers", async () => {
    const list = await get(url, "/api/concepts");
    expect(list.body.concepts.length).toBeGreaterThanOrEqual(120);
    expect(list.body.concepts.find((c: { slug: string }) => c.slug === "qlora")).toMatchObject({ parent: "lora", nameEn: "QLoRA" });
    const lora = await get(url, "/api/concepts/lora?page=1");
    expect(lora.status).toBe(200);
    expect(lora.body).toMatchObject({ page: 1, pageSize: 20, concept: { slug: "lora", parent: { slug: "peft" } } });
    expect(lora.body.papers.length).toBe(Math.min(20, lora.body.total));
    expect(lora.body.mentions).toMatchObject({ page: 1, total: expect.any(Number) });
    // LLaMA is named in several sample papers, none of them about it.
    const llama = (await get(url, "/api/concepts/llama?mentionsPage=1")).body;
    expect(llama.total).toBe(0);
    expect(llama.mentions.total).toBeGreaterThanOrEqual(3);
    const mentioning = llama.mentions.papers.map((p: { arxivId: string }) => p.arxivId);
    expect(mentioning).toContain("2505.12781");
    expect((await get(url, "/api/concepts/lora?page=zero")).body.error.code).toBe("invalid_page");
    const badPage = await get(url, "/api/concepts/lora?mentionsPage=0");
    expect(badPage.body.error.code).toBe("invalid_page");
    expect((await get(url, "/api/concepts/unknown-thing")).status).toBe(404);
  });

  it("GET /api/ingest-runs shows how the sample content was loaded", async () => {
    const { status, body } = await get(url, "/api/ingest-runs?limit=5");
    expect(status).toBe(200);
    const paperCount = digests.reduce((n, d) => n + d.papers.length, 0);
    expect(body.runs.at(-1)).toMatchObject({ format: "digest", status: "succeeded", dryRun: false, added: paperCount, failed: 0, errors: [] });
    expect(Date.parse(body.runs.at(-1).finishedAt)).toBeGreaterThanOrEqual(Date.parse(body.runs.at(-1).startedAt));
  });

  it("answers errors as { error: { code, message } } with a fitting status", async () => {
    const cases: [string, number, string][] = [
      ["/api/digests/2025-02-30", 400, "invalid_date"],
      ["/api/digests/yesterday", 400, "invalid_date"],
      ["/api/digests/1999-01-01", 404, "not_found"],
      ["/api/papers/not-an-id", 400, "invalid_id"],
      ["/api/papers/9999.99999", 404, "not_found"],
      ["/api/nothing/here", 404, "not_found"],
      ["/api/ingest-runs?limit=0", 400, "invalid_limit"],
    ];
    for (const [path, status, code] of cases) {
      const response = await get(url, path);
      expect([path, response.status, response.body.error?.code]).toEqual([path, status, code]);
      expect(typeof response.body.error.message).toBe("string");
    }
  });
});
