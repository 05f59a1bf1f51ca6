import type { Reporter } from "vitest/node";
import { missingPartsSummary } from "./missing-parts.ts";

/** Ends the run's output with what was skipped for want of PostgreSQL or Chromium, if anything. */
export default class MissingPartsReporter implements Reporter {
  onTestRunEnd() {
    const summary = missingPartsSummary();
    if (summary) process.stderr.write(`\n${summary}\n\n`);
  }
}
