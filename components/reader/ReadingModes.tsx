import type { Translator } from "@/lib/i18n/get-translator";
import { READING_MODES, type ReadingMode } from "@/lib/reader/reading-mode";

/** The four reading modes as links: they work without script; the reader's island switches them in place. */
export function ReadingModes({ mode, t }: { mode: ReadingMode; t: Translator }) {
  return (
    <nav aria-label={t("reader.modes")} className="reader-modes">
      <ul className="flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1 text-sm dark:bg-slate-800">
        {READING_MODES.map((m) => (
          <li key={m}>
            <a
              href={`?mode=${m}#reader`}
              data-reading-mode={m}
              aria-current={m === mode ? "true" : undefined}
              className="block rounded-md px-2 py-1.5 text-[0.8125rem] text-slate-700 sm:px-3 sm:text-sm hover:bg-white aria-[current=true]:bg-white aria-[current=true]:font-semibold aria-[current=true]:text-slate-900 aria-[current=true]:shadow-sm dark:text-slate-300 dark:hover:bg-slate-700 dark:aria-[current=true]:bg-slate-950 dark:aria-[current=true]:text-white"
            >
              {t(`reader.mode.${m}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
