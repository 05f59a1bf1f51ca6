import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";

const HEIGHT = 96;
const BAR = 10;
const GAP = 3;

/** Papers per week as a server-rendered SVG bar chart; each bar names its week and count. */
export function WeeklyChart({ weekly, locale, t }: { weekly: { week: string; count: number }[]; locale: Locale; t: Translator }) {
  if (weekly.length === 0) return null;
  const max = Math.max(...weekly.map((w) => w.count));
  const width = weekly.length * (BAR + GAP);
  return (
    <figure className="overflow-x-auto">
      <svg role="img" aria-labelledby="weekly-title" width={Math.max(width, 120)} height={HEIGHT + 20} className="text-violet-600 dark:text-violet-400">
        <title id="weekly-title">{t("concepts.weekly")}</title>
        {weekly.map((w, i) => {
          const h = max ? Math.max(w.count ? 3 : 0, Math.round((w.count / max) * HEIGHT)) : 0;
          return (
            <rect key={w.week} x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} rx={2} fill="currentColor" data-week={w.week} data-count={w.count}>
              <title>{t("concepts.weekBar", { date: formatDay(w.week, locale), count: w.count })}</title>
            </rect>
          );
        })}
        <line x1={0} x2={width} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} stroke="currentColor" strokeOpacity={0.3} />
        <text x={0} y={HEIGHT + 15} fontSize={10} fill="currentColor" className="text-slate-500">
          {formatDay(weekly[0]!.week, locale)}
        </text>
        {weekly.length > 12 && (
          <text x={width} y={HEIGHT + 15} fontSize={10} textAnchor="end" fill="currentColor" className="text-slate-500">
            {formatDay(weekly.at(-1)!.week, locale)}
          </text>
        )}
      </svg>
    </figure>
  );
}
