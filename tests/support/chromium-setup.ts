import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { missingPart } from "./missing-parts.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Whether there is a Chromium to drive: without one, browser tests are skipped. */
    chromium: boolean;
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Runs before the app is built, so that CI without Chromium fails at once.
export default function setup(project: TestProject) {
  const found = existsSync(CHROMIUM);
  const reason = `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`;
  if (!found) missingPart({ part: "Chromium", project: project.name, reason });
  project.provide("chromium", found);
}
