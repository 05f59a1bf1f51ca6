import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const OWNER = "PAPERBRIDGE_TEST_TMPDIR";

// Every temporary file of a test run (databases, fixtures, models, browser profiles, PostgreSQL
// clusters, the servers' page store) goes under one directory, removed when the run's process exits: workers inherit
// TMPDIR, and os.tmpdir() reads it. Each project runs this setup; the first creates the
// directory and the others reuse it, so paths stay short (Chromium's socket path must fit in
// 108 bytes). Removal waits for exit because projects tear down in no set order, and a cluster
// must be stopped before its files go.
export default function setup() {
  if (process.env[OWNER]) return;
  const root = mkdtempSync(path.join(os.tmpdir(), "pb-tests-"));
  // Others may pass through, as through /tmp: a PostgreSQL cluster under it runs as its own user.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  process.env[OWNER] = root;
  // Pages the test servers render go there too, not to the repository's .cache.
  process.env.PAGE_STORE_DIR = path.join(root, "pages");
  process.once("exit", () => rmSync(root, { recursive: true, force: true }));
}
