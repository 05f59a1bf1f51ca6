/** A 1-based page number from a query string; null for anything else. Absent means page 1. */
export function parsePage(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || raw === "") return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}
