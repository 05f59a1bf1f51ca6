// GET /api/digests/{date} – one day's papers in order.
import { ApiFailure, cachedApi } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { digestData } from "@/lib/queries/cached-queries";

export async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  if (!isCalendarDate(date)) return apiError(400, "invalid_date", `"${date}" is not a date written YYYY-MM-DD`);
  return cachedApi(request, `digest ${date}`, async () => (await digestData(date)) ?? new ApiFailure(404, "not_found", `no digest for ${date}`));
}
