import { withWriteLock } from "../../lib/db/write-lock.ts";

/** Holds the write lock in this process until `release` is called; resolves once it is held. */
export async function holdLock(url: string): Promise<{ release: () => void; done: Promise<void> }> {
  let release!: () => void;
  let held!: () => void;
  const acquired = new Promise<void>((resolve) => (held = resolve));
  const done = withWriteLock(url, { command: "test holder", timeoutMs: 10_000 }, () => {
    held();
    return new Promise<void>((resolve) => (release = resolve));
  });
  await acquired;
  return { release, done };
}
