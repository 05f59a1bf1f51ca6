import cliProgress from "cli-progress";
import type { IngestProgress } from "../../lib/ingest/ingest-inputs.ts";
import type { StreamOutcome } from "../../lib/ingest/ingest-stream.ts";

function describe(outcome: StreamOutcome): string {
  if (outcome.stored || outcome.issues.length === 0) {
    const digests = outcome.digests.map((d) => `${d.date} ${d.change}`).join(", ");
    return `${outcome.records} records: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} unchanged${outcome.failed ? `, ${outcome.failed} skipped` : ""}${digests ? `; digest ${digests}` : ""}`;
  }
  return `rejected (${outcome.issues.length} problem${outcome.issues.length === 1 ? "" : "s"}), nothing written`;
}

/** A progress bar on a terminal; plain lines elsewhere (CI logs, pipes). */
export function ingestProgress(stream: NodeJS.WriteStream = process.stdout): IngestProgress {
  if (!stream.isTTY) {
    let lastReported = 0;
    return {
      inputs: () => {},
      start: () => (lastReported = 0),
      record(source, records) {
        if (records - lastReported >= 10_000) {
          lastReported = records;
          stream.write(`${source}: ${records} records read\n`);
        }
      },
      done: (outcome) => stream.write(`${outcome.source}: ${describe(outcome)}\n`),
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {value}/{total} inputs | {records} records | {source}", hideCursor: true, clearOnComplete: true, stream },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let done = 0;
  return {
    inputs(total) {
      bar.start(total ?? 1, 0, { records: 0, source: "" });
      started = true;
    },
    start: (source) => bar.update({ source: source.length > 60 ? `…${source.slice(-59)}` : source, records: 0 }),
    record: (_source, records) => (records % 100 === 0 ? bar.update({ records }) : undefined),
    done(outcome) {
      done += 1;
      if (bar.getTotal() < done) bar.setTotal(done);
      bar.update(done);
      if (started && done === bar.getTotal()) bar.stop();
      stream.write(`\r\x1b[K${outcome.source}: ${describe(outcome)}\n`);
    },
  };
}
