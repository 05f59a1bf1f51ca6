import { describe, expect, it } from "vitest";
import { createPacer } from "./pacer.ts";
import { retryAfterMs, withRetries } from "./retry.ts";

const stillClock = { now: () => 0, sleep: async () => {} };

describe("pacer", () => {
  it("runs at most `concurrency` requests at once", async () => {
    const pacer = createPacer({ concurrency: 2, requestsPerMinute: null }, stillClock);
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const request = () =>
      pacer.run(async () => {
        most = Math.max(most, ++running);
        await new Promise<void>((resolve) => release.push(resolve));
        running -= 1;
      });
    const all = Promise.all([request(), request(), request(), request()]);
    for (let i = 0; i < 4; i++) {
      while (release.length === 0) await new Promise((r) => setImmediate(r));
      release.shift()!();
    }
    await all;
    expect(most).toBe(2);
  });

  it("starts requests at least 60/rpm seconds apart", async () => {
    const slept: number[] = [];
    // Time stands still: each request waits for its own turn from the same moment.
    const pacer = createPacer(
      { concurrency: 4, requestsPerMinute: 30 },
      { now: () => 0, sleep: async (ms) => void slept.push(ms) },
    );
    await Promise.all([1, 2, 3].map(() => pacer.run(async () => {})));
    expect(slept).toEqual([2_000, 4_000]);
  });
});

describe("retries", () => {
  it("reads Retry-After in seconds or as a date, and retry-after-ms first", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(retryAfterMs(headers({ "retry-after": "7" }))).toBe(7_000);
    expect(
      retryAfterMs(
        headers({ "retry-after": "Thu, 04 Dec 2026 10:00:30 GMT" }),
        Date.parse("2026-12-04T10:00:00Z"),
      ),
    ).toBe(30_000);
    expect(retryAfterMs(headers({ "retry-after": "7", "retry-after-ms": "250" }))).toBe(250);
    expect(retryAfterMs(headers({}))).toBeNull();
  });

  it("waits the server's delay or backs off, and stops after its retries or at an error not worth retrying", async () => {
    const delays: number[] = [];
    const policy = {
      maxRetries: 3,
      baseDelayMs: 100,
      maxDelayMs: 250,
      sleep: async (ms: number) => void delays.push(ms),
    };
    let calls = 0;
    const failing = () => Promise.reject(new Error(`fail ${++calls}`));
    await expect(
      withRetries(
        failing,
        (e) => ({ retry: true, afterMs: (e as Error).message === "fail 2" ? 5_000 : null }),
        policy,
      ),
    ).rejects.toThrow("fail 4");
    // Backoff 100 ms; the server's 5 s capped at 250 ms; backoff 400 ms capped at 250 ms.
    expect(delays).toEqual([100, 250, 250]);
    calls = 0;
    await expect(
      withRetries(failing, () => ({ retry: false, afterMs: null }), policy),
    ).rejects.toThrow("fail 1");
  });
});
