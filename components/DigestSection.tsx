import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import type { DigestView } from "@/lib/queries/get-digest";
import { digestPath } from "@/lib/routes";
import { DigestNav } from "./DigestNav";
import { PaperCard } from "./PaperCard";

/** A digest's heading, navigation and papers; the home page and the digest page both show it. */
export function DigestSection({ digest, locale, t, headingLevel }: { digest: DigestView; locale: Locale; t: Translator; headingLevel: "h1" | "h2" }) {
  const Heading = headingLevel;
  const ko = digest.titleKo ? { text: digest.titleKo, lang: "ko" } : null;
  const en = digest.title ? { text: digest.title, lang: "en" } : null;
  const title = locale === "ko" ? (ko ?? en) : (en ?? ko);
  return (
    <section aria-labelledby="digest-heading" className="space-y-6">
      <div className="space-y-1">
        <Heading id="digest-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl dark:text-slate-50">
          {headingLevel === "h2" ? (
            <a href={digestPath(locale, digest.date)} className="hover:underline">
              {t("digest.heading", { date: formatDay(digest.date, locale) })}
            </a>
          ) : (
            t("digest.heading", { date: formatDay(digest.date, locale) })
          )}
        </Heading>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={digest.date}>{formatDay(digest.date, locale, "full")}</time> · {t("digest.paperCount", { count: digest.papers.length })}
        </p>
        {title && (
          <p lang={title.lang} className="text-slate-700 dark:text-slate-300">
            {title.text}
          </p>
        )}
      </div>
      <DigestNav previous={digest.previous} next={digest.next} locale={locale} t={t} />
      <ol className="space-y-6">
        {digest.papers.map((paper, i) => (
          <li key={paper.id}>
            <PaperCard paper={paper} locale={locale} t={t} position={i + 1} />
          </li>
        ))}
      </ol>
      {digest.papers.length > 2 && <DigestNav previous={digest.previous} next={digest.next} locale={locale} t={t} />}
    </section>
  );
}
