import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PageCache, pageCacheKey } from "./page-cache.ts";
import { PageStore } from "./page-store.ts";
import { newNonce } from "./security-headers.ts";

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

  it("keys the sitemap's index and files, which carry an ETag as API answers do", () => {
    expect(pageCacheKey(request("/ko", { host: "a.example" }), true)).toBe(pageCacheKey(request("/ko", { host: "b.example" }), true));
    expect(pageCacheKey(request("/sitemap.xml"))).not.toBeNull();
    expect(pageCacheKey(request("/sitemaps/2.xml"))).not.toBe(pageCacheKey(request("/sitemaps/1.xml")));
    expect(pageCacheKey(request("/robots.txt"))).toBeNull();
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

describe("PageCache", () => {
  type Render = (req: IncomingMessage, res: ServerResponse, nonce: string) => Promise<void>;
  const servers: Server[] = [];
  afterEach(() => servers.splice(0).forEach((server) => server.close()));

  /** A server whose pages `render` makes, each with its own nonce, behind a PageCache. */
  async function serve(render: Render, version = () => 1, maxBytes = 1 << 20, options: ConstructorParameters<typeof PageCache>[2] = {}) {
    let renders = 0;
    let requests = 0;
    const cache = new PageCache(async () => version(), maxBytes, options);
    const server = createServer((req, res) => {
      requests += 1;
      void cache.serve(req, res, () => {
        renders += 1;
        const nonce = newNonce();
        res.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
        return render(req, res, nonce);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      base: `http://127.0.0.1:${port}`,
      cache,
      renders: () => renders,
      requests: () => requests,
    };
  }

  const page: Render = async (req, res, nonce) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<p>${req.url} 읽기</p><script nonce="${nonce}"></script>`.repeat(50));
  };

  it("serves a kept page with a fresh nonce in its policy and body, gzipped or not", async () => {
    const app = await serve(page);
    const seen = new Set<string>();
    for (const encoding of ["gzip", "gzip", "identity", "gzip"]) {
      const headers = { "accept-encoding": encoding };
      const response = await fetch(`${app.base}/ko/x`, { headers });
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1]!;
      expect(await response.text()).toBe(
        `<p>/ko/x 읽기</p><script nonce="${nonce}"></script>`.repeat(50),
      );
      expect(seen.has(nonce)).toBe(false);
      seen.add(nonce);
    }
    expect(app.renders()).toBe(1);
  });

  it("renders again once the change version moves on", async () => {
    let version = 1;
    const app = await serve(page, () => version);
    await fetch(`${app.base}/ko/x`);
    await fetch(`${app.base}/ko/x`);
    version = 2;
    await fetch(`${app.base}/ko/x`);
    expect(app.renders()).toBe(2);
  });

  it("answers an API answer's entity tag with 304 from memory", async () => {
    const app = await serve(async (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", etag: '"v1"' });
      res.end(JSON.stringify({ ok: true }));
    });
    expect(await (await fetch(`${app.base}/api/x`)).json()).toEqual({ ok: true });
    const held = await fetch(`${app.base}/api/x`, { headers: { "if-none-match": '"v1"' } });
    expect([held.status, app.renders()]).toEqual([304, 1]);
  });

  it("keeps at most its budget of compressed bytes", async () => {
    const app = await serve(async (req, res, nonce) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`${randomBytes(3000).toString("hex")}${req.url}<b nonce="${nonce}"></b>`);
    }, undefined, 20_000);
    for (let i = 0; i < 30; i++) await fetch(`${app.base}/ko/${i}`);
    expect(app.cache.size.bytes).toBeLessThanOrEqual(20_000);
    expect(app.cache.size.entries).toBeGreaterThan(1);
    expect(app.cache.size.entries).toBeLessThan(30);
  });

  it("lets one of those waiting render again when the reader of a render leaves", async () => {
    let first = true;
    const app = await serve(async (req, res, nonce) => {
      if (first) {
        // The first render finishes only after its reader has gone, so it cannot be kept.
        first = false;
        await new Promise((resolve) => res.on("close", resolve));
      }
      await page(req, res, nonce);
    });
    const leaving = new AbortController();
    const gone = fetch(`${app.base}/ko/x`, { signal: leaving.signal }).catch(() => null);
    const waiting = Array.from({ length: 5 }, () => fetch(`${app.base}/ko/x`));
    // Everyone is waiting for the first render when its reader leaves.
    while (app.requests() < 6) await new Promise((resolve) => setImmediate(resolve));
    leaving.abort();
    await gone;
    const answers = await Promise.all(waiting);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(app.renders()).toBe(2);
  });

  it("serves from the page store what another server rendered, until the version moves on", async () => {
    const store = new PageStore(mkdtempSync(path.join(os.tmpdir(), "pb-page-store-")), "db", "build");
    let version = 1;
    // Two servers at two addresses, with SITE_URL set: their pages do not depend on the address.
    const first = await serve(page, () => version, 1 << 20, { store, siteUrlSet: true });
    const rendered = await fetch(`${first.base}/ko/x`);
    expect(rendered.headers.get("x-cache")).toBe("miss");
    const body = await rendered.text();
    expect((await fetch(`${first.base}/ko/x`)).headers.get("x-cache")).toBe("hit");
    // Written after the answer: wait until it is on disk.
    while (!(await store.read(pageCacheKey(request("/ko/x"), true)!, 1))) await new Promise((resolve) => setTimeout(resolve, 10));

    const second = await serve(page, () => version, 1 << 20, { store, siteUrlSet: true });
    const stored = await fetch(`${second.base}/ko/x`, { headers: { "accept-encoding": "gzip" } });
    const nonce = /'nonce-([^']+)'/.exec(stored.headers.get("content-security-policy")!)![1]!;
    expect(stored.headers.get("x-cache")).toBe("stored");
    expect(await stored.text()).toBe(body.replace(/nonce="[^"]+"/g, `nonce="${nonce}"`));
    expect(body).not.toContain(nonce);
    expect(second.renders()).toBe(0);

    version = 2;
    expect((await fetch(`${second.base}/ko/x`)).headers.get("x-cache")).toBe("miss");
    expect(second.renders()).toBe(1);
  });
});
