/** The Monday that starts the ISO week of a day, as YYYY-MM-DD. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}

/** Every week start from the week of `from` to the week of `to`, inclusive. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  const day = new Date(`${weekStart(from)}T00:00:00Z`);
  const last = weekStart(to);
  while (day.toISOString().slice(0, 10) <= last) {
    weeks.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 7);
  }
  return weeks;
}
