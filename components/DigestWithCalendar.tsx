import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { DigestMonth } from "@/lib/queries/get-digest-month";
import { MonthCalendar } from "./MonthCalendar";

/**
 * A digest beside the calendar of its month: on a phone a day picker above the digest that
 * opens to the calendar (a month chosen keeps it open), on a wide screen the same calendar in a
 * column, always open (day-picker.css). One calendar in the page, not one per layout: a digest
 * page's bytes are budgeted.
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
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-8">
      <aside className="day-aside">
        <details open={pickerOpen} data-day-picker className="day-picker">
          <summary>{t("calendar.pickDay")}</summary>
          <MonthCalendar
            data={calendar}
            locale={locale}
            t={t}
            selected={selected}
            monthHref={monthHref}
          />
        </details>
      </aside>
      <div className="min-w-0 lg:col-start-1 lg:row-start-1">{children}</div>
    </div>
  );
}
