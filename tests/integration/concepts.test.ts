import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { loadAboutModel } from "../../lib/concepts/learned/about-model.ts";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getConcept } from "../../lib/queries/get-concept.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { listConcepts } from "../../lib/queries/list-concepts.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { countingDb, type CountingDb } from "../support/counting-db.ts";
import { testDialects } from "../support/test-databases.ts";

describe.each(testDialects())("concepts on $dialect", ({ freshUrl }) => {
  let db: Db;
  let countQueries: CountingDb["countQueries"];

  beforeAll(async () => {
    ({ db, countQueries } = await countingDb(await freshUrl()));
  });
  afterAll(() => db.$disconnect());

  it("loads the taxonomy, then tags papers as they are ingested", async () => {
    const first = await applyTaxonomy(db);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.change.added.length).toBeGreaterThanOrEqual(120);
    expect(first.retag.retagged).toBe(0);
    expect((await ingest(db, { paths: [path.join("content", "digests")] })).issues).toEqual([]);

    const paper = await getPaper(db, { arxivId: "2505.12871" });
    const lora = paper!.concepts.find((c) => c.slug === "lora")!;
    // Decided as the shipped model decides lora (learned or by its names).
    const method = loadAboutModel().methods.get("lora");
    expect(lora).toMatchObject({ nameEn: "LoRA (low-rank adaptation)", implied: false, method });
    expect(lora.evidence.some((e) => e.field === "abstractKo" && e.text === "LoRA")).toBe(true);
    expect(lora.evidence.every((e) => (paper as unknown as Record<string, string>)[e.field]!.slice(e.start, e.end) === e.text)).toBe(true);
    const safety = paper!.concepts.find((c) => c.slug === "llm-safety");
    expect(safety).toMatchObject({ implied: true, method: "implied", evidence: [] });
  });

  it("stores what each paper is about apart from what it only mentions", async () => {
    const rows = await db.paperConcept.findMany({
      select: { paperId: true, about: true, method: true, evidence: true, features: true },
    });
    const mentions = rows.filter((r) => !r.about);
    const learned = rows.filter((r) => r.about && r.method === "learned");
    expect(mentions.length).toBeGreaterThan(0);
    // A concept only mentioned is kept for its evidence; one decided by the learned layer says why.
    for (const m of mentions) expect((m.evidence as unknown[]).length).toBeGreaterThan(0);
    expect(learned.length).toBeGreaterThan(0);
    for (const l of learned) expect((l.features as unknown[]).length).toBeGreaterThan(0);
    expect(learned.some((l) => (l.evidence as unknown[]).length === 0)).toBe(true);

    const mentioning = await db.paper.findUnique({
      where: { id: mentions[0]!.paperId },
      select: { arxivId: true },
    });
    const paper = (await getPaper(db, { arxivId: mentioning!.arxivId! }))!;
    const about = new Set(paper.concepts.map((c) => c.slug));
    expect(paper.mentions.length).toBeGreaterThan(0);
    for (const m of paper.mentions) expect(about.has(m.slug)).toBe(false);
  });

  it("re-tags nothing when the taxonomy did not change", async () => {
    const again = await applyTaxonomy(db);
    expect(again.ok && again.retag.retagged).toBe(0);
  });

  it("re-tags only the papers a changed concept can affect", async () => {
    const dir = tempDir();
    cpSync(path.join("content", "concepts"), dir, { recursive: true });
    const file = path.join(dir, "03-adaptation.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("en: [catastrophic forgetting, forgetting, continual learning]", "en: [catastrophic forgetting, forgetting, continual learning, seesaw phenomenon]"));
    const result = await applyTaxonomy(db, { dir });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.change.changed).toEqual(["catastrophic-forgetting"]);
    expect(result.retag.retagged).toBeGreaterThanOrEqual(1);
    expect(result.retag.retagged).toBeLessThan(await db.paper.count());
    expect((await getPaper(db, { arxivId: "2508.21741" }))!.concepts.some((c) => c.slug === "catastrophic-forgetting" && !c.implied)).toBe(true);

    const restored = await applyTaxonomy(db);
    expect(restored.ok && restored.change.changed).toEqual(["catastrophic-forgetting"]);
  });

  it("re-tags every paper after a new model, through the same path", async () => {
    const model = JSON.parse(readFileSync(path.join("content", "concept-model.json"), "utf8"));
    const learned = model.concepts.filter((c: { method: string }) => c.method === "learned");
    // A model that finds every paper about benchmarks.
    const generous = learned.find((c: { slug: string }) => c.slug === "benchmarks");
    Object.assign(generous, { threshold: 0, bias: 10 });
    const modelFile = path.join(tempDir(), "concept-model.json");
    writeFileSync(modelFile, JSON.stringify(model));

    const result = await applyTaxonomy(db, { modelFile });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const slugs = learned.map((c: { slug: string }) => c.slug);
    expect(result.change.changed).toEqual(expect.arrayContaining(slugs));
    expect(result.change.changed).not.toContain("vision-language-models");
    expect(result.retag.retagged).toBe(await db.paper.count());
    const benchmarks = (await getConcept(db, "benchmarks", 1))!;
    expect(benchmarks.total).toBe(await db.paper.count());
    expect(benchmarks.mentions.total).toBe(0);

    const restored = await applyTaxonomy(db);
    expect(restored.ok && restored.retag.retagged).toBe(await db.paper.count());
    expect((await getConcept(db, "benchmarks", 1))!.total).toBeLessThan(await db.paper.count());
  });

  it("drops the tags of a removed concept", async () => {
    const dir = tempDir();
    cpSync(path.join("content", "concepts"), dir, { recursive: true });
    const file = path.join(dir, "05-efficiency.yaml");
    const text = readFileSync(file, "utf8");
    const start = text.indexOf("- slug: speculative-decoding");
    const end = text.indexOf("- slug: llm-serving");
    writeFileSync(file, text.slice(0, start) + text.slice(end));
    const result = await applyTaxonomy(db, { dir });
    expect(result.ok && result.change.removed).toEqual(["speculative-decoding"]);
    expect((await getPaper(db, { arxivId: "2504.08838" }))!.concepts.map((c) => c.slug)).not.toContain("speculative-decoding");
    await applyTaxonomy(db);
    expect((await getPaper(db, { arxivId: "2504.08838" }))!.concepts.map((c) => c.slug)).toContain("speculative-decoding");
  });

  it("lists the taxonomy with counts and shows a concept's papers newest first with weekly counts", async () => {
    const concepts = await listConcepts(db);
    const lora = concepts.find((c) => c.slug === "lora")!;
    expect(lora.parent).toBe("peft");
    expect(lora.paperCount).toBeGreaterThanOrEqual(3);
    expect(concepts.find((c) => c.slug === "peft")!.paperCount).toBeGreaterThanOrEqual(lora.paperCount);

    const page = (await getConcept(db, "lora", 1))!;
    expect(page.total).toBe(lora.paperCount);
    const days = page.papers.map((p) => p.listedOn!);
    expect(days).toEqual([...days].sort().reverse());
    expect(page.weekly.reduce((n, w) => n + w.count, 0)).toBe(page.total);
    expect(page.concept.parent?.slug).toBe("peft");
    expect(page.concept.children.map((c) => c.slug)).toEqual(expect.arrayContaining(["qlora", "dora"]));
    expect(page.cooccurring.length).toBeGreaterThan(0);
    expect(await getConcept(db, "no-such-concept", 1)).toBeNull();
  });

  it("serves a concept page in a fixed number of queries, however many papers it has", async () => {
    const small = await countQueries(() => getConcept(db, "lora", 1));
    expect(await countQueries(() => getConcept(db, "fine-tuning", 1))).toBe(small);
    expect(small).toBeLessThanOrEqual(22);
  });
});
