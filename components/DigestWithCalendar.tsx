import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { DigestMonth } from "@/lib/queries/get-digest-month";
import { MonthCalendar } from "./MonthCalendar";

/**
 * A digest beside the calendar of its month: in a column on a wide screen, and on a phone as a
 * day picker above the digest that opens to the same calendar (a month chosen keeps it open).
 */
export function DigestWithCalendar({
  calendar,
  locale,
  t,
  selected,
  monthHref,
  pickerOpen,
  children,
}: {
  calendar: DigestMonth;
  locale: Locale;
  t: Translator;
  selected?: string;
  monthHref: (month: string) => string;
  pickerOpen: boolean;
  children: ReactNode;
}) {
  const props = { data: calendar, locale, t, selected, monthHref };
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-8">
      <details
        open={pickerOpen}
        data-day-picker
        className="rounded-xl border border-slate-200 bg-white lg:hidden dark:border-slate-800 dark:bg-slate-900"
      >
        <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-slate-800 dark:text-slate-200">
          {t("calendar.pickDay")}
        </summary>
        <div className="px-2 pb-2">
          <MonthCalendar {...props} idPrefix="day-picker" />
        </div>
      </details>
      <div className="min-w-0">{children}</div>
      <aside className="hidden lg:block">
        <div className="sticky top-4">
          <MonthCalendar {...props} />
        </div>
      </aside>
    </div>
  );
}
