import { Cron } from "croner";

export interface DailySchedule {
  /** When the job runs next, or null once stopped. */
  next(): Date | null;
  /** Stops the schedule; resolves once a run in progress has ended. */
  stop(): Promise<void>;
}

/**
 * Runs `job` on a cron schedule in a time zone (five fields, or six with seconds first). A run
 * still going when the next is due is not doubled: that turn is skipped and said so. A failed
 * run is reported and the schedule goes on.
 */
export function scheduleDaily(
  pattern: string,
  timezone: string,
  job: () => Promise<void>,
  log: (line: string) => void,
): DailySchedule {
  let running: Promise<void> | null = null;
  const cron = new Cron(
    pattern,
    {
      timezone,
      protect: () => log("daily run: the previous run is still going; this turn is skipped"),
      catch: (error) => log(`daily run failed: ${(error as Error).message}`),
    },
    () => {
      running = job().finally(() => (running = null));
      return running;
    },
  );
  return {
    next: () => cron.nextRun(),
    stop: async () => {
      cron.stop();
      await running?.catch(() => {});
    },
  };
}
