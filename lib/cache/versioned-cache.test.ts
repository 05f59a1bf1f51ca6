import { describe, expect, it } from "vitest";
import { matchesEtag } from "./cached-response.ts";
import { VersionedCache } from "./versioned-cache.ts";

describe("VersionedCache", () => {
  const cache = () =>
    new VersionedCache<string>({ maxBytes: 100, sizeOf: (value) => value.length });

  it("computes a key once per version and again after the version moves on", async () => {
    const values = cache();
    let computed = 0;
    const compute = async () => `v${++computed}`;
    expect([await values.get("a", 1, compute), await values.get("a", 1, compute)]).toEqual([
      "v1",
      "v1",
    ]);
    expect(await values.get("a", 2, compute)).toBe("v2");
    // An older version than the cache holds is computed, not kept.
    expect(await values.get("a", 1, compute)).toBe("v3");
    expect(await values.get("a", 2, compute)).toBe("v2");
  });

  it("runs concurrent misses of one key once", async () => {
    const values = cache();
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      computed += 1;
      await gate;
      return "page";
    };
    const both = Promise.all([values.get("k", 1, compute), values.get("k", 1, compute)]);
    release();
    expect(await both).toEqual(["page", "page"]);
    expect(computed).toBe(1);
  });

  it("drops the least recently used entries past its byte budget", async () => {
    const values = cache();
    for (const key of ["a", "b", "c", "d", "e"])
      await values.get(key, 1, async () => key.repeat(24));
    expect(values.size).toEqual({ entries: 4, bytes: 96 });
    let recomputed = false;
    await values.get("a", 1, async () => ((recomputed = true), "a"));
    expect(recomputed).toBe(true);
  });
});

describe("matchesEtag", () => {
  it("reads lists, weak tags and *", () => {
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
  });
});
