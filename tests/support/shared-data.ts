import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";

/** The real public data beside the clone (CI has it; see ../shared/data/README.md). */
export const SHARED_DATA = path.join("..", "shared", "data");

/**
 * A suite over ../shared/data. Without it, CI fails with a message that names the folder; a
 * developer's run skips the suite and says why.
 */
export function describeSharedData(name: string, suite: () => void): void {
  if (existsSync(SHARED_DATA)) {
    describe(name, suite);
    return;
  }
  const missing = `${path.resolve(SHARED_DATA)} is missing: these tests read the real public data that CI keeps beside the clone`;
  if (process.env.CI === "true") {
    describe(name, () =>
      it("needs ../shared/data", () => {
        throw new Error(missing);
      }),
    );
    return;
  }
  describe.skip(`${name} (skipped: ${missing})`, suite);
}
