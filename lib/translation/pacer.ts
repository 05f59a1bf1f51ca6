// Per-engine limits on requests: how many at once, and how many a minute (requests start at
// least 60/rpm seconds apart).
import { sleep as realSleep } from "./retry.ts";

export interface PacerLimits {
  concurrency: number;
  /** null: no per-minute limit. */
  requestsPerMinute: number | null;
}

export interface Pacer {
  run<T>(request: () => Promise<T>): Promise<T>;
}

export function createPacer(
  limits: PacerLimits,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = {
    now: Date.now,
    sleep: realSleep,
  },
): Pacer {
  const interval = limits.requestsPerMinute ? 60_000 / limits.requestsPerMinute : 0;
  let active = 0;
  let nextStart = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    // A finished request hands its slot straight to the longest waiting one.
    if (active >= limits.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    const now = clock.now();
    const start = Math.max(now, nextStart);
    nextStart = start + interval;
    if (start > now) await clock.sleep(start - now);
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async run(request) {
      await acquire();
      try {
        return await request();
      } finally {
        release();
      }
    },
  };
}
