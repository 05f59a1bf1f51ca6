// npm run probe -- [http://127.0.0.1:3000]: sends the hardening probe's hostile requests
// (scripts/lib/probe-cases.ts) to a running PaperBridge, one at a time, and reports each
// answer; exits 1 when any is wrong. Loopback addresses only: it is not a scanner.
import { PROBE_CASES, probe } from "./lib/probe-cases.ts";

const base = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const host = new URL(base).hostname;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
  console.error(
    `probe: ${host} is not a loopback address; the probe only runs against this machine`,
  );
  process.exit(2);
}
let failed = 0;
for (const item of PROBE_CASES) {
  const result = await probe(base, item).catch((error: Error) => ({
    status: 0,
    bytes: 0,
    problems: [error.message],
  }));
  if (result.problems.length) failed += 1;
  console.log(
    `${result.problems.length ? "FAIL" : "ok  "} ${String(result.status).padStart(3)} ${String(result.bytes).padStart(7)} B  ${item.name}${result.problems.length ? `: ${result.problems.join("; ")}` : ""}`,
  );
}
console.log(`${PROBE_CASES.length - failed} of ${PROBE_CASES.length} answered as they should.`);
process.exitCode = failed ? 1 : 0;
