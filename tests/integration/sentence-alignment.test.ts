import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { refreshAlignments } from "../../lib/ingest/refresh-alignments.ts";
import { getPaper, type PaperPageView } from "../../lib/queries/get-paper.ts";
import { ALIGNMENT_VERSION } from "../../lib/text/sentence-alignment.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

const fixture = (name: string) => path.join("tests", "fixtures", "sources", name);
const migrated = migratedDatabases();

/** Every sentence of both sides appears in exactly one pair, in reading order. */
function expectCompleteAlignment(paper: PaperPageView) {
  expect(paper.alignment.flatMap((p) => p.en)).toEqual(paper.sentencesEn.map((_, i) => i));
  expect(paper.alignment.flatMap((p) => p.ko)).toEqual(paper.sentencesKo.map((_, i) => i));
  paper.sentenceSpans.en.forEach(([start, end], i) => expect(paper.abstractEn.slice(start, end)).toBe(paper.sentencesEn[i]));
}

describe.each(testDialects())("sentence alignment stored at ingest on $dialect", (dialect) => {
  const freshDb = () => migrated(dialect);

  it("splits and aligns both abstracts of a new paper and stores them with the aligner's version", async () => {
    const db = await freshDb();
    await ingest(db, { paths: [path.join("content", "digests", "2025-04-15.yaml")] });
    const paper = (await getPaper(db, { arxivId: "2504.08838" }))!;
    expect(paper.sentencesEn).toHaveLength(5);
    expect(paper.sentencesEn[1]).toMatch(/^In this work, we introduce Self-Distilled Sparse Drafters \(SD\$\^2\$\)/);
    expect(paper.sentencesKo[0]).toMatch(/^추측 디코딩\(speculative decoding\)은/);
    expect(paper.alignment[3]).toEqual({ en: [3], ko: [3] });
    expectCompleteAlignment(paper);
    const stored = await db.paper.findUniqueOrThrow({ where: { id: paper.id }, select: { alignmentVersion: true, sentenceAlignment: true } });
    expect(stored.alignmentVersion).toBe(ALIGNMENT_VERSION);
    expect(stored.sentenceAlignment).toMatchObject({ pairs: paper.alignment });
  });

  it("realigns when the English changes under a kept translation, and when a blog adds the Korean", async () => {
    const db = await freshDb();
    await ingest(db, { paths: [fixture("korean-digest-post-2025-08-19.txt")] });
    await ingest(db, { paths: [fixture("arxiv-daily-crawl-2025-08-19.jsonl")], date: "2025-08-19" });
    const merged = (await getPaper(db, { arxivId: "2508.11733" }))!;
    expect(merged.translation?.stale).toBe(true);
    expect(merged.sentencesEn).toEqual(splitSentences(merged.abstractEn, "en").map((s) => s.text));
    expect(merged.sentencesKo[0]).toMatch(/^LLM 기반 멀티 에이전트 시스템은/);
    expectCompleteAlignment(merged);

    const later = await freshDb();
    await ingest(later, { paths: [fixture("arxiv-daily-crawl-2025-08-19.jsonl")], date: "2025-08-19" });
    const english = (await getPaper(later, { arxivId: "2508.11733" }))!;
    expect(english.sentencesKo).toEqual([]);
    expect(english.alignment.every((p) => p.ko.length === 0)).toBe(true);
    await ingest(later, { paths: [fixture("korean-digest-post-2025-08-19.txt")] });
    const translated = (await getPaper(later, { arxivId: "2508.11733" }))!;
    expect(translated.sentencesKo.length).toBeGreaterThan(2);
    expect(translated.alignment.filter((p) => p.en.length > 0 && p.ko.length > 0).length).toBeGreaterThan(2);
    expectCompleteAlignment(translated);
  });

  it("refreshAlignments recomputes outdated alignments without touching updatedAt", async () => {
    const db = await freshDb();
    await ingest(db, { paths: [path.join("content", "digests", "2025-04-15.yaml")] });
    const before = (await getPaper(db, { arxivId: "2504.08838" }))!;
    const total = await db.paper.count();
    await db.paper.updateMany({ data: { alignmentVersion: null } });
    await db.paper.update({ where: { id: before.id }, data: { alignmentVersion: ALIGNMENT_VERSION - 1, sentenceAlignment: { en: [], ko: [], pairs: [] } } });
    const stamp = await db.paper.findUniqueOrThrow({ where: { id: before.id }, select: { updatedAt: true } });
    expect(await refreshAlignments(db)).toBe(total);
    expect(await refreshAlignments(db)).toBe(0);
    const after = (await getPaper(db, { arxivId: "2504.08838" }))!;
    expect(after.alignment).toEqual(before.alignment);
    expect((await db.paper.findUniqueOrThrow({ where: { id: before.id }, select: { updatedAt: true } })).updatedAt).toEqual(stamp.updatedAt);
  });
});
