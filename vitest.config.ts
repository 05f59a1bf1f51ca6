import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js forbids server-only modules in client bundles; outside Next there is nothing to guard.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
};

const TEMP_ROOT = "tests/support/temp-root-setup.ts";
const BM25_CACHED = "tests/support/bm25-cached-setup.ts";

export default defineConfig({
  test: {
    // The last word of a run says what was skipped for want of PostgreSQL or Chromium.
    reporters: ["default", "./tests/support/missing-parts-reporter.ts"],
    projects: [
      { ...shared, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"], globalSetup: [TEMP_ROOT] } },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: [TEMP_ROOT, BM25_CACHED, "tests/support/postgres-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: [TEMP_ROOT, "tests/support/chromium-setup.ts", BM25_CACHED, "tests/support/app-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
