import { describe, expect, it } from "vitest";
import { withoutServerFolders } from "./without-server-folders.ts";

describe("withoutServerFolders", () => {
  it("cuts absolute and dot-relative paths to the file's name, in any field of a value", () => {
    const run = {
      source: "/srv/paperbridge/feeds/cs.CL.xml, ../../home/op/2025-05-20.jsonl, ~/x/a b.csv",
      errors: [
        {
          file: "/srv/paperbridge/feeds/cs.CL.xml",
          text: 'Failed "/tmp/paperbridge-x/day.jsonl": line 3 (/var/data/q.json)',
        },
      ],
    };
    expect(withoutServerFolders(run)).toEqual({
      source: "cs.CL.xml, 2025-05-20.jsonl, a b.csv",
      errors: [{ file: "cs.CL.xml", text: 'Failed "day.jsonl": line 3 (q.json)' }],
    });
  });

  it("leaves URLs, project-relative paths, fractions and plain text as they are", () => {
    const text =
      "https://arxiv.org/abs/2508.21085 content/digests/2025-08-19.yaml 3/4 of 12 and/or cs.CL";
    expect(withoutServerFolders({ text })).toEqual({ text });
    expect(withoutServerFolders(null)).toBeNull();
  });
});
