// Runs one global setup file outside vitest, as vitest would, then the end-of-run report:
// node --import tsx tests/support/run-global-setup.ts <setup file>. Prints what it provided.
import path from "node:path";
import MissingPartsReporter from "./missing-parts-reporter.ts";

const file = path.resolve(process.argv[2]!);
const { default: setup } = await import(file);
const provided: Record<string, unknown> = {};
const project = { name: "probe", provide: (key: string, value: unknown) => void (provided[key] = value) };
const teardown = await setup(project);
console.log(JSON.stringify(provided));
await teardown?.();
new MissingPartsReporter().onTestRunEnd();
