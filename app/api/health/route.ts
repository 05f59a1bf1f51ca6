// GET /api/health – whether the database answers, and when the daily run last ran and succeeded.
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/server-db";
import { getHealth } from "@/lib/queries/get-health";

export async function GET() {
  const health = await getHealth(getDb());
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
