// GET /api/health – 200 when the database answers (with the release and the last ingest run), 503 when not.
import { getDb } from "@/lib/db/server-db";
import { healthReport } from "@/lib/health/health-report";
import packageJson from "@/package.json";

export async function GET() {
  const report = await healthReport(getDb(), packageJson.version);
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
