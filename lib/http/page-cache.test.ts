import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-cache.ts";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  url,
  headers,
});

describe("pageCacheKey", () => {
  it("keys a page by its address and the two preference cookies", () => {
    const plain = pageCacheKey(request("/ko/papers/2312.04876"));
    expect(plain).not.toBeNull();
    expect(
      pageCacheKey(request("/ko/papers/2312.04876", { cookie: "pb-reading-mode=en" })),
    ).not.toBe(plain);
    expect(pageCacheKey(request("/ko/papers/2312.04876", { cookie: "pb_locale=en" }))).not.toBe(
      plain,
    );
    expect(
      pageCacheKey(
        request("/ko/papers/2312.04876", { cookie: "other=1", "accept-language": "en" }),
      ),
    ).toBe(plain);
    expect(pageCacheKey(request("/ko/papers/2312.04876?mode=ko"))).not.toBe(plain);
  });

  it("keys a page by the address it was asked at, which its canonical and shared links name", () => {
    const plain = pageCacheKey(request("/ko", { host: "localhost:3000" }));
    for (const headers of <Record<string, string>[]>[
      { host: "papers.example.org" },
      { host: "localhost:3000", "x-forwarded-host": "evil.example" },
      { host: "localhost:3000", "x-forwarded-proto": "https" },
    ])
      expect(pageCacheKey(request("/ko", headers))).not.toBe(plain);
  });

  it("keys API answers by their address too", () => {
    expect(pageCacheKey(request("/api/digests"))).not.toBeNull();
    const list = pageCacheKey(request("/api/digests"));
    expect(pageCacheKey(request("/api/digests?x=1"))).not.toBe(list);
  });

  it("leaves redirects, static files, other methods and the router's requests to Next.js", () => {
    expect(pageCacheKey(request("/_next/static/chunks/app.js"))).toBeNull();
    expect(pageCacheKey(request("/api/digests", {}, "HEAD"))).toBeNull();
    expect(pageCacheKey(request("/"))).toBeNull();
    expect(pageCacheKey(request("/papers/1"))).toBeNull();
    expect(pageCacheKey(request("/ko", {}, "HEAD"))).toBeNull();
    expect(pageCacheKey(request("/ko", { rsc: "1" }))).toBeNull();
    expect(pageCacheKey(request("/ko", { "next-router-prefetch": "1" }))).toBeNull();
  });
});
