import type { Locale } from "@/lib/i18n/locales";
import type { PaperView } from "@/lib/queries/paper-view";
import { RichText } from "./RichText";

/** Both titles; the reader's language leads. `matches` marks search matches in each. */
export function PaperHeading({ paper, locale, level, href, matches }: {
  paper: Pick<PaperView, "title" | "titleKo">;
  locale: Locale;
  level: "h1" | "h2" | "h3";
  href?: string;
  matches?: { en: [number, number][]; ko: [number, number][] };
}) {
  const Heading = level;
  const koFirst = locale === "ko" && paper.titleKo;
  const primary = koFirst ? { text: paper.titleKo!, lang: "ko" } : { text: paper.title, lang: "en" };
  const secondary = koFirst ? { text: paper.title, lang: "en" } : paper.titleKo ? { text: paper.titleKo, lang: "ko" } : null;
  const show = (title: { text: string; lang: string }) => <RichText text={title.text} marks={title.lang === "ko" ? matches?.ko : matches?.en} />;
  const size = level === "h1" ? "text-2xl sm:text-3xl" : level === "h2" ? "text-xl" : "text-base";
  return (
    <div>
      <Heading lang={primary.lang} className={`${size} font-bold leading-snug text-slate-900 dark:text-slate-50`}>
        {href ? (
          <a href={href} className="hover:underline">
            {show(primary)}
          </a>
        ) : (
          show(primary)
        )}
      </Heading>
      {secondary && (
        <p lang={secondary.lang} className={`mt-1 text-slate-600 dark:text-slate-400 ${level === "h3" ? "text-sm" : "text-base"}`}>
          {show(secondary)}
        </p>
      )}
    </div>
  );
}
