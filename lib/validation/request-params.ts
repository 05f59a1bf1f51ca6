import { z } from "zod";
import { isCalendarDate } from "../dates/calendar-date.ts";

// Checks that URL inputs pass before any database sees them: both databases then answer the same
// (PostgreSQL refused a NUL byte with a 500 where SQLite found nothing).

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Text from a URL: no control characters (NUL included), at most `max` characters. */
export const urlText = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((value) => !CONTROL.test(value), "contains control characters");

/** A concept slug as content/concepts writes them. */
export const conceptSlug = urlText(80).regex(
  /^[a-z0-9][a-z0-9-]*$/,
  "is not a concept slug such as lora",
);

/** An arXiv category, e.g. cs.CL or cond-mat.mes-hall. */
export const arxivCategory = urlText(40).regex(
  /^[A-Za-z][A-Za-z-]*(\.[A-Za-z][A-Za-z-]*)?$/,
  "is not an arXiv category such as cs.CL",
);

export const calendarDate = urlText(10).refine(isCalendarDate, "is not a date written YYYY-MM-DD");

/** A year, month or day as search's from:/to: take them. */
export const dateBound = urlText(10).regex(
  /^\d{4}(-\d{2}(-\d{2})?)?$/,
  "is not a year, month or day such as 2025, 2025-06 or 2025-06-15",
);

/** The first problem zod found, as "name: message". */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.map(String).join(".");
  return where ? `${where} ${issue.message}` : issue.message;
}
