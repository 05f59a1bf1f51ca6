import os from "node:os";
import { describe, expect, inject, it } from "vitest";

// No response may show a server path, a stack trace or the environment, whatever the input.
const urls = inject("appUrls");
const servers = [
  { dialect: "sqlite", url: urls.sqlite },
  ...(urls.postgresql ? [{ dialect: "postgresql", url: urls.postgresql }] : []),
];

const long = "x".repeat(5000);
const BAD_INPUT = [
  "/api/digests?limit=-1&page=%00",
  "/api/digests/2025-13-45",
  "/api/digests/2025-02-30",
  "/api/digests/..%2F..%2Fetc%2Fpasswd",
  `/api/digests/${long}`,
  "/api/papers/not-an-id",
  "/api/papers/-1",
  "/api/papers/1e999",
  `/api/papers/${"9".repeat(400)}`,
  "/api/papers/..%2Fpackage.json",
  "/api/papers/2508.21085v999999999999999999",
  "/api/concepts/%F0%9F%99%82",
  `/api/concepts/${long}`,
  "/api/concepts/lora?page=-3",
  "/api/concepts/lora?page=99999999999999999999",
  "/api/search?q=%22unclosed",
  "/api/search?q=" + encodeURIComponent('\'; DROP TABLE "Paper"; --'),
  `/api/search?q=${long}`,
  "/api/search?q=LoRA&page=abc",
  "/api/search?q=LoRA&sort=sideways",
  "/api/search?q=LoRA&mode=semantic",
  "/api/search?q=LoRA&mode=vibes",
  "/api/search?q=from:2025-99",
  "/api/search?q=concept:" + encodeURIComponent("../../etc"),
  "/api/search?q=%ED%A0%80",
  "/api/ingest-runs?limit=abc",
  "/api/ingest-runs?limit=100000",
  "/api/nothing/here",
  "/ko/digests/2025-13-45",
  "/en/digests/not-a-date",
  "/ko/papers/..%2F..%2Fetc%2Fpasswd",
  `/en/papers/${"9".repeat(400)}`,
  "/ko/concepts/%F0%9F%99%82",
  "/en/concepts/lora?page=-1",
  `/ko/search?q=${long}`,
  "/en/search?q=LoRA&page=abc&sort=x&mode=y",
  "/ko/search?q=from:2025-99",
  "/ko/search?q=LoRA&mode=semantic",
  "/xx/anything",
];

/** What would give the server away: its folders, a JavaScript stack, connection strings or variable names. */
function leaks(body: string): string[] {
  const found: string[] = [];
  for (const place of [process.cwd(), os.tmpdir(), os.homedir(), "node_modules", ".next/server"])
    if (place.length > 1 && body.includes(place)) found.push(place);
  if (/\n\s+at [\w$.<>]+ \(|\bat (?:async )?[\w$.]+ \((?:file:|\/)/.test(body))
    found.push("stack trace");
  for (const secret of [
    /DATABASE_URL/,
    /MODELS_DIR/,
    /postgres(?:ql)?:\/\/\w/,
    /file:\/|file:[\w.]*\.db/,
    /PrismaClient\w*Error/,
    /SQLITE_\w+/,
  ])
    if (secret.test(body)) found.push(String(secret));
  return found;
}

describe.each(servers)("responses to bad input on $dialect", ({ url }) => {
  it("never show a server path, a stack trace or the environment, and the API answers with its error shape", async () => {
    for (const path of BAD_INPUT) {
      const response = await fetch(`${url}${path}`);
      const body = await response.text();
      expect([path.slice(0, 80), leaks(body)]).toEqual([path.slice(0, 80), []]);
      expect([path.slice(0, 80), response.status < 500 || response.status === 503]).toEqual([
        path.slice(0, 80),
        true,
      ]);
      if (path.startsWith("/api/") && response.status >= 400)
        expect(JSON.parse(body).error, path.slice(0, 80)).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
        });
    }
  });

  it("answer other methods than GET without a trace either", async () => {
    for (const path of ["/api/search?q=LoRA", "/api/papers/2504.08838", "/api/digests"]) {
      for (const method of ["POST", "PUT", "DELETE"]) {
        const response = await fetch(`${url}${path}`, {
          method,
          body: method === "DELETE" ? undefined : "{not json",
        });
        expect([method, path, leaks(await response.text())]).toEqual([method, path, []]);
        expect(response.status).toBeLessThan(500);
      }
    }
  });
});
