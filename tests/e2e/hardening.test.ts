import { describe, expect, inject, it } from "vitest";
import { PROBE_CASES, probe, type ProbeResult } from "../../scripts/lib/probe-cases.ts";

const urls = inject("appUrls");
const servers = [
  { dialect: "sqlite", url: urls.sqlite },
  ...(urls.postgresql ? [{ dialect: "postgresql", url: urls.postgresql }] : []),
];

const answers = new Map<string, ProbeResult[]>();

describe.each(servers)("hostile requests to the app on $dialect", ({ dialect, url }) => {
  it("answers every case of the probe (npm run probe) as it should: status, shape, size, headers, no leaks", async () => {
    const results: ProbeResult[] = [];
    for (const item of PROBE_CASES) results.push(await probe(url, item));
    answers.set(dialect, results);
    expect(
      results
        .filter((r) => r.problems.length)
        .map((r) => `${r.probe.name}: ${r.problems.join("; ")}`),
    ).toEqual([]);
  });

  it("sends the security headers on pages, the API, static files and not-found pages", async () => {
    const page = await fetch(`${url}/ko`);
    const html = await page.text();
    const css = /\/_next\/static\/[^"']+\.css/.exec(html)![0];
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`nonce="${nonce}"`);
    const pathsOf = [
      ...["/ko", "/api/digests", css, "/ko/no-such-page", "/api/no/such"],
      ...["/api/bibtex/2508.11661", "/sitemap.xml", "/sitemaps/1.xml", "/robots.txt", "/icon.svg"],
    ];
    for (const path of pathsOf) {
      const response = await fetch(`${url}${path}`);
      expect([
        path,
        response.headers.get("x-content-type-options"),
        response.headers.get("x-frame-options"),
        response.headers.get("referrer-policy"),
      ]).toEqual([path, "nosniff", "DENY", "strict-origin-when-cross-origin"]);
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
    for (const path of pathsOf.slice(5)) {
      const response = await fetch(`${url}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    }
    const again = (await fetch(`${url}/ko`)).headers.get("content-security-policy");
    expect(again).not.toContain(nonce);
  });

  it("gives each page served again a fresh nonce in its policy and its scripts", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}/en/concepts/lora`);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1]!;
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce}"`);
      for (const seen of nonces) expect(html).not.toContain(seen);
      nonces.add(nonce);
    }
  });

  it("answers the API with an ETag and Cache-Control, and 304 when the client has it", async () => {
    const first = await fetch(`${url}/api/concepts/lora`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const second = await fetch(`${url}/api/concepts/lora`, { headers: { "if-none-match": etag } });
    expect([second.status, await second.text(), second.headers.get("etag")]).toEqual([
      304,
      "",
      etag,
    ]);
    const other = await fetch(`${url}/api/concepts/lora?page=2`, {
      headers: { "if-none-match": etag },
    });
    expect(other.status).toBe(200);
  });

  it("answers a BibTeX entry from the cache with its ETag, its type and its file name", async () => {
    const first = await fetch(`${url}/api/bibtex/2508.11661`);
    const etag = first.headers.get("etag")!;
    const bibtex = await first.text();
    expect(bibtex).toMatch(/^@misc\{cao2025sparse,/);
    const second = await fetch(`${url}/api/bibtex/2508.11661`);
    expect([second.headers.get("etag"), await second.text()]).toEqual([etag, bibtex]);
    expect(second.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    expect(second.headers.get("content-disposition")).toBe(
      'attachment; filename="cao2025sparse.bib"',
    );
    const held = await fetch(`${url}/api/bibtex/2508.11661`, { headers: { "if-none-match": etag } });
    expect(held.status).toBe(304);
    const missing = await fetch(`${url}/api/bibtex/9912.99999`);
    expect([missing.status, missing.headers.get("content-type")]).toEqual([
      404,
      "application/json",
    ]);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  it("GET /api/health says the database answers, the release and the last ingest run", async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { dialect, reachable: true, changeVersion: expect.any(Number) },
    });
    expect(body.lastIngestRun).toMatchObject({
      status: "succeeded",
      finishedAt: expect.any(String),
    });
  });
});

describe("both databases", () => {
  it.skipIf(!urls.postgresql)("answer every probe case with the same status", () => {
    const statuses = (dialect: string) =>
      answers.get(dialect)!.map((r) => `${r.probe.name}: ${r.status}`);
    expect(statuses("postgresql")).toEqual(statuses("sqlite"));
  });
});
