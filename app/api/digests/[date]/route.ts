// GET /api/digests/{date} – one day's papers in order.
import { apiError, apiJson } from "@/lib/api/responses";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { getDb } from "@/lib/db/server-db";
import { getDigest } from "@/lib/queries/get-digest";

export async function GET(_request: Request, { params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  if (!isCalendarDate(date)) return apiError(400, "invalid_date", `"${date}" is not a date written YYYY-MM-DD`);
  const digest = await getDigest(getDb(), date);
  if (!digest) return apiError(404, "not_found", `no digest for ${date}`);
  return apiJson(digest);
}
