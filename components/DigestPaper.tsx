import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { DigestItem } from "@/lib/queries/get-digest-page";
import { paperPath } from "@/lib/routes";
import { conceptName } from "./ConceptChips";
import { LangText } from "./LangText";
import { PaperTldr } from "./PaperTldr";
import { RichText } from "./RichText";
import { TranslationNote } from "./TranslationNote";

type Level = "h2" | "h3" | "h4";

/**
 * A paper on a digest page: both titles, category and concepts, the machine-made Korean TL;DR,
 * and its first sentence, which opens in place to its abstract in the reader's language (a
 * <details>, no script needed), with a link to both side by side. A highlight names its first
 * authors and links arXiv, the PDF, its code and project page instead of the first sentence.
 */
export function DigestPaper({
  item,
  locale,
  t,
  level,
}: {
  item: DigestItem;
  locale: Locale;
  t: Translator;
  level: Level;
}) {
  const Heading = level;
  const koFirst = locale === "ko" && item.titleKo !== null;
  const title = koFirst ? { text: item.titleKo!, lang: "ko" } : { text: item.title, lang: "en" };
  const subtitle = koFirst
    ? { text: item.title, lang: "en" }
    : item.titleKo
      ? { text: item.titleKo, lang: "ko" }
      : null;
  const line =
    locale === "ko" && item.lineKo
      ? { text: item.lineKo, lang: "ko" }
      : item.lineEn
        ? { text: item.lineEn, lang: "en" }
        : null;
  // One abstract, in the reader's language where there is one: a day's page carries many papers
  // within its byte budget; the paper's page sets both side by side.
  const abstract =
    locale === "ko" && item.abstractKo
      ? { text: item.abstractKo, lang: "ko" as const }
      : { text: item.abstractEn, lang: "en" as const };
  const { detail } = item;
  const moreAuthors = detail ? detail.authorCount - detail.authors.length : 0;
  const links = [
    item.arxivId && {
      href: `https://arxiv.org/abs/${item.arxivId}`,
      label: `arXiv ${item.arxivId}${detail?.arxivVersion ? ` v${detail.arxivVersion}` : ""}`,
    },
    item.arxivId && { href: `https://arxiv.org/pdf/${item.arxivId}`, label: t("paper.pdf") },
    detail?.codeUrl && { href: detail.codeUrl, label: t("paperLinks.code") },
    detail?.projectUrl && { href: detail.projectUrl, label: t("paperLinks.project") },
  ].filter((link): link is { href: string; label: string } => Boolean(link));
  return (
    <article id={`paper-${item.arxivId ?? item.id}`} className={detail ? "dp dp-hl" : "dp"}>
      <span aria-hidden="true" className="dp-num">
        {item.position}
      </span>
      <div className="min-w-0">
        <Heading lang={title.lang} className="dp-title">
          <a href={paperPath(locale, item)}>
            <RichText text={title.text} />
          </a>
        </Heading>
        {subtitle && (
          <p lang={subtitle.lang} className="dp-sub">
            <RichText text={subtitle.text} />
          </p>
        )}
        <PaperTldr translation={item.translation} t={t} />
        {detail && detail.authors.length > 0 && (
          <p className="dp-by">
            <span lang="en">{detail.authors.join(", ")}</span>
            {moreAuthors > 0 && ` ${t("paperLinks.moreAuthors", { count: moreAuthors })}`}
          </p>
        )}
        <p className="dp-meta">
          {item.primaryCategory && (
            <span lang="en" className="dp-cat">
              {item.primaryCategory}
            </span>
          )}
          {detail &&
            links.map((link, i) => (
              <a key={i} href={link.href} className="dp-link">
                {link.label}
              </a>
            ))}
          {item.hfUpvotes !== null && item.arxivId && (
            <a href={`https://huggingface.co/papers/${item.arxivId}`} className="dp-link">
              {t("digestList.upvotes", { count: item.hfUpvotes })}
            </a>
          )}
          {item.concepts.map((concept) => (
            <a key={concept.slug} href={`/${locale}/concepts/${concept.slug}`} className="dl-chip">
              {conceptName(concept, locale)}
            </a>
          ))}
        </p>
        <details className="dp-more">
          <summary>
            <span className="dp-lbl">{t("digestList.abstract")}</span>
            {line && (
              <span lang={line.lang} className="dp-line">
                <RichText text={line.text} />
              </span>
            )}
          </summary>
          <LangText lang={abstract.lang} text={abstract.text} className="dp-abs" />
          {item.abstractKo !== null ? (
            <p className="dp-note">
              <a href={paperPath(locale, item)}>{t("digestList.sideBySide")}</a>
            </p>
          ) : (
            locale === "ko" && <p className="dp-note">{t("digestList.noKorean")}</p>
          )}
          {abstract.lang === "ko" && (
            <TranslationNote translation={item.translation} locale={locale} t={t} />
          )}
        </details>
      </div>
    </article>
  );
}
