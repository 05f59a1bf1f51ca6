import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-db.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { readPaperList, readPaperViews } from "../../lib/queries/paper-views.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

// The paper views are read with plain statements, which each database answers in its own types
// (SQLite: 0/1, JSON text, ISO text; PostgreSQL: booleans, objects, Dates). Every field of a
// view is checked here, on SQLite's reader threads, on SQLite through Prisma, and on PostgreSQL.

const EVIDENCE = [{ field: "abstractEn", start: 4, end: 8, text: "LoRA" }];

async function storePapers(db: Db) {
  const created = await Promise.all(
    [
      ["peft", "Parameter-efficient fine-tuning", "매개변수 효율적 미세조정"],
      ["lora", "LoRA", "로라"],
      ["rag", "Retrieval-augmented generation", "검색 증강 생성"],
    ].map(([slug, nameEn, nameKo], position) =>
      db.concept.create({
        data: { slug: slug!, nameEn: nameEn!, nameKo: nameKo!, descriptionEn: `${nameEn} described`, descriptionKo: `${nameKo} 설명`, aliases: { en: [], acronyms: [], ko: [] }, related: [], position, definitionHash: "h" },
      }),
    ),
  );
  const [peft, lora, rag] = created.map((concept) => concept.id) as [number, number, number];
  const full = await db.paper.create({
    data: {
      arxivId: "2501.00001",
      arxivVersion: 2,
      titleKey: "a",
      title: "Low-rank adapters",
      abstractEn: "Our LoRA variant.",
      titleKo: "저랭크 어댑터",
      abstractKo: "우리의 LoRA 변형.",
      translationMethod: "machine",
      translationBy: "PaperBridge",
      englishHash: "e1",
      translationSourceHash: "e0",
      primaryCategory: "cs.CL",
      classes: ["I.2.7"],
      comment: "12 pages",
      codeUrl: "https://github.com/example/lora",
      projectUrl: "https://example.org/lora",
      hfUpvotes: 17,
      listedOn: "2025-01-03",
      publishedAt: new Date("2025-01-02T00:00:00Z"),
      contentHash: "c1",
      authors: { create: [{ position: 1, author: { create: { name: "Second Author" } } }, { position: 0, author: { create: { name: "First Author" } } }] },
      categories: { create: [{ category: "cs.LG", position: 1 }, { category: "cs.CL", position: 0 }] },
      translationRecord: {
        create: {
          engine: "openai",
          model: "gpt-test",
          glossaryVersion: "g1",
          promptVersion: "p1",
          translatedAt: new Date("2025-01-04T05:06:07.000Z"),
          checks: [{ kind: "number", sentence: 0, message: "12 is missing", evidence: "12", extra: "dropped" }],
          checkedHash: "x",
          tldrKo: "요약.",
        },
      },
    },
  });
  await db.paperConcept.createMany({
    data: [
      { paperId: full.id, conceptId: peft, about: true, score: 1.5, method: "implied", implied: true, evidence: [] },
      { paperId: full.id, conceptId: lora, about: true, score: 0.97, method: "learned", implied: false, evidence: EVIDENCE, features: [{ kind: "word", text: "lora", weight: 2.5 }] },
      { paperId: full.id, conceptId: rag, about: false, score: 0.4, method: "lexical", implied: false, evidence: EVIDENCE },
    ],
  });
  const bare = await db.paper.create({
    data: { titleKey: "b", title: "Untitled note", abstractEn: "Nothing else.", englishHash: "e2", contentHash: "c2" },
  });
  return { full: full.id, bare: bare.id };
}

const FULL_VIEW = {
  arxivId: "2501.00001",
  arxivVersion: 2,
  title: "Low-rank adapters",
  titleKo: "저랭크 어댑터",
  abstractEn: "Our LoRA variant.",
  abstractKo: "우리의 LoRA 변형.",
  authors: ["First Author", "Second Author"],
  categories: ["cs.CL", "cs.LG"],
  classes: ["I.2.7"],
  primaryCategory: "cs.CL",
  publishedAt: "2025-01-02",
  comment: "12 pages",
  translation: {
    method: "machine",
    by: "PaperBridge",
    stale: true,
    machine: { engine: "openai", model: "gpt-test", translatedAt: "2025-01-04T05:06:07.000Z", glossaryVersion: "g1", promptVersion: "p1" },
    checks: [{ kind: "number", sentence: 0, message: "12 is missing", evidence: "12" }],
    tldrKo: "요약.",
  },
  links: { abs: "https://arxiv.org/abs/2501.00001", pdf: "https://arxiv.org/pdf/2501.00001" },
  codeUrl: "https://github.com/example/lora",
  projectUrl: "https://example.org/lora",
  huggingFace: { url: "https://huggingface.co/papers/2501.00001", upvotes: 17 },
  // Decided before implied, then by score.
  concepts: [
    { slug: "lora", nameEn: "LoRA", nameKo: "로라", score: 0.97, method: "learned", implied: false, evidence: EVIDENCE },
    { slug: "peft", nameEn: "Parameter-efficient fine-tuning", nameKo: "매개변수 효율적 미세조정", score: 1.5, method: "implied", implied: true, evidence: [] },
  ],
  mentions: [{ slug: "rag", nameEn: "Retrieval-augmented generation", nameKo: "검색 증강 생성", evidence: EVIDENCE }],
  listedOn: "2025-01-03",
};

const readPaths = testDialects().flatMap((dialect) =>
  dialect.dialect === "sqlite"
    ? [
        { name: "SQLite, reader threads", dialect, threads: "2" },
        { name: "SQLite, through Prisma", dialect, threads: "1" },
      ]
    : [{ name: "PostgreSQL", dialect, threads: "2" }],
);

describe.each(readPaths)("paper views on $name", ({ dialect, threads }) => {
  const database = migratedDatabases();
  const before = process.env.SEARCH_THREADS;
  afterEach(() => {
    if (before === undefined) delete process.env.SEARCH_THREADS;
    else process.env.SEARCH_THREADS = before;
  });

  it("reads every field of a paper, and a paper with none of the optional ones", async () => {
    process.env.SEARCH_THREADS = threads;
    const db = await database(dialect);
    const ids = await storePapers(db);
    const { views } = await readPaperViews(db, [ids.bare, ids.full, 999_999]);
    expect(views.get(ids.full)).toEqual({ id: ids.full, ...FULL_VIEW });
    expect(views.get(ids.bare)).toEqual({
      id: ids.bare,
      arxivId: null,
      arxivVersion: null,
      title: "Untitled note",
      titleKo: null,
      abstractEn: "Nothing else.",
      abstractKo: null,
      authors: [],
      categories: [],
      classes: [],
      primaryCategory: null,
      publishedAt: null,
      comment: null,
      translation: null,
      links: null,
      codeUrl: null,
      projectUrl: null,
      huggingFace: null,
      concepts: [],
      mentions: [],
      listedOn: null,
    });
    expect(views.has(999_999)).toBe(false);
    expect((await readPaperList(db, [ids.full, 999_999, ids.bare])).map((p) => p.id)).toEqual([ids.full, ids.bare]);
  });

  it("gives the paper page each concept's descriptions and strongest features", async () => {
    process.env.SEARCH_THREADS = threads;
    const db = await database(dialect);
    const ids = await storePapers(db);
    const page = await getPaper(db, { arxivId: "2501.00001" });
    expect(page?.concepts.map((c) => [c.slug, c.descriptionKo, c.features])).toEqual([
      ["lora", "로라 설명", [{ kind: "word", text: "lora", weight: 2.5 }]],
      ["peft", "매개변수 효율적 미세조정 설명", []],
    ]);
    expect(page?.mentions.map((m) => [m.slug, m.descriptionEn])).toEqual([["rag", "Retrieval-augmented generation described"]]);
    expect(await getPaper(db, { id: ids.bare })).toMatchObject({ id: ids.bare, digests: [], sentencesKo: [] });
  });
});
