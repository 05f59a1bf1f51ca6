import { describe, expect, it } from "vitest";
import { parseDigestFile } from "./parse-digest-file.ts";

const paper = (fields: string) => `arxivId: 2508.10000
title: Sparse Attention across Multiple-context KV Cache
authors: [Ziyi Cao, Qingyi Si]
categories: [cs.LG, cs.CL]
abstractEn: |
  Large language models face significant cost challenges.
${fields}`;

describe("parseDigestFile", () => {
  it("reads the front matter and each paper, keeping ids as text", () => {
    const result = parseDigestFile("d.yaml", `date: 2025-08-19\ntitleKo: 오늘의 논문\n---\n${paper("titleKo: KV 캐시\nabstractKo: 한국어 초록이다.\n")}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.digest.date).toBe("2025-08-19");
    expect(result.digest.titleKo).toBe("오늘의 논문");
    expect(result.digest.papers[0]).toMatchObject({ arxivId: "2508.10000", titleKo: "KV 캐시", translation: { method: "manual", by: null } });
  });

  it("names the line, paper and field of every problem", () => {
    const text = `date: 2025-08-19\n---\n${paper("published: 2025-02-30\n")}---\n${paper("version: two\n")}`;
    const result = parseDigestFile("d.yaml", text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.records).toBe(2);
    expect(result.issues).toEqual([
      { file: "d.yaml", line: 9, record: "paper 1 (2508.10000)", field: "published", message: "must be a date written YYYY-MM-DD" },
      { file: "d.yaml", line: 17, record: "paper 2 (2508.10000)", field: "version", message: "must be a whole number" },
    ]);
  });

  it("refuses the same paper twice in one digest", () => {
    const result = parseDigestFile("d.yaml", `date: 2025-08-19\n---\n${paper("")}---\n${paper("")}`);
    expect(result.ok || result.issues.map((i) => i.message)).toEqual(["repeats paper 1 of this file"]);
  });

  it("rejects aliases, a missing date and a file without papers", () => {
    const alias = parseDigestFile("d.yaml", `date: 2025-08-19\n---\n${paper("")}comment: &c hi\ntitleKo: *c\n`);
    expect(alias.ok || alias.issues[0]?.message).toBe("uses a YAML alias, which digest files do not allow");
    const empty = parseDigestFile("d.yaml", "title: no date\n");
    expect(empty.ok || empty.issues.map((i) => `${i.field ?? ""}: ${i.message}`)).toEqual(["date: is required", ": lists no papers"]);
  });

  it("keeps HTML and LaTeX as text and rejects what would overflow a page", () => {
    const hostile = parseDigestFile("d.yaml", `date: 2025-08-19\n---\n${paper("comment: \"<script>alert(1)</script> $O(n^2)$\"\n")}`);
    expect(hostile.ok && hostile.digest.papers[0]?.comment).toBe("<script>alert(1)</script> $O(n^2)$");
    const huge = parseDigestFile("d.yaml", `date: 2025-08-19\n---\n${paper(`abstractKo: "${"가".repeat(20_001)}"\ntitleKo: 제목\n`)}`);
    expect(huge.ok || huge.issues[0]?.message).toBe("is longer than 20000 characters");
  });
});
