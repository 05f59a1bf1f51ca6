// npm run replay:listings [-- --port N] [-- <command...>]: serves the saved arXiv and Hugging Face
// listings (tests/fixtures/listings) as the services answer, for trying the daily run offline.
// With a command, runs it pointed at the replay and stops with it.
import { spawn } from "node:child_process";
import { startListingReplay } from "./lib/listing-replay.ts";

// Options end at the command, whose own options are left to it.
const argv = process.argv.slice(2);
const portArg = argv[0] === "--port" ? argv.splice(0, 2)[1] : undefined;
const positionals = argv[0] === "--" ? argv.slice(1) : argv;
const port = portArg === undefined ? 4010 : Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `--port ${portArg}: not a port number\n` +
      "usage: npm run replay:listings [-- --port N] [-- <command...>]",
  );
  process.exit(2);
}
const replay = await startListingReplay({ port });
const variables = Object.entries(replay.env)
  .map(([key, value]) => `${key}=${value}`)
  .join(" ");
console.log(
  `Replaying the saved listings on ${replay.url}: arXiv's feeds carry ${replay.days.rss}, ` +
    `its API ${replay.days.api.join(", ")}, Hugging Face ${replay.days.hf.join(", ")}.`,
);
if (positionals.length === 0) {
  console.log(
    `Point the daily run at it:\n  ${variables} npm run daily -- --date ${replay.days.rss}\n` +
      "Ctrl-C stops it.",
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void replay.close().then(() => process.exit(0)));
} else {
  const [command, ...args] = positionals;
  const child = spawn(command!, args, { stdio: "inherit", env: { ...process.env, ...replay.env } });
  child.on("exit", (code) => void replay.close().then(() => process.exit(code ?? 1)));
}
