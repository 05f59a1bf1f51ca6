import type { Db } from "../db/create-db.ts";
import { getDailyHealth, type DailyHealth } from "./get-daily-status.ts";

export interface Health {
  /** "ok" when the database answers; "unavailable" otherwise (the response is then a 503). */
  status: "ok" | "unavailable";
  database: "ok" | "unavailable";
  daily: DailyHealth | null;
}

/**
 * The app's health for a supervisor or a monitor: the database, and the daily run (a failed
 * daily run leaves the app healthy; it says so here). Other checks join this object.
 */
export async function getHealth(db: Db): Promise<Health> {
  try {
    return { status: "ok", database: "ok", daily: await getDailyHealth(db) };
  } catch (error) {
    // The reason goes to the server log only: it can name hosts and files.
    console.error(`health: the database did not answer: ${(error as Error).message}`);
    return { status: "unavailable", database: "unavailable", daily: null };
  }
}
