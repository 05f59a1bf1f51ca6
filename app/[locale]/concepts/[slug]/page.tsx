import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConceptLinks } from "@/components/ConceptLinks";
import { LangText } from "@/components/LangText";
import { Pagination } from "@/components/Pagination";
import { PaperList } from "@/components/PaperList";
import { WeeklyChart } from "@/components/WeeklyChart";
import { localeParam } from "@/app/request-locale";
import { readConcept } from "@/app/page-reads";
import { pageMetadata } from "@/app/page-metadata";
import { conceptFeedLinks } from "@/lib/feeds/feed-links";
import { getTranslator } from "@/lib/i18n/get-translator";
import { parsePage } from "@/lib/queries/page-param";
import { conceptSlug } from "@/lib/validation/request-params";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ page?: string; mentionsPage?: string }>;
};

async function load({ params, searchParams }: Props) {
  const query = await searchParams;
  const [page, mentionsPage] = [parsePage(query.page), parsePage(query.mentionsPage)];
  const slug = conceptSlug.safeParse((await params).slug);
  if (page === null || mentionsPage === null || !slug.success) return null;
  return readConcept(slug.data, page, mentionsPage);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeParam(props.params);
  const data = await load(props);
  if (!data) return {};
  const { concept } = data;
  const t = getTranslator(locale);
  const name = locale === "ko" ? concept.nameKo : concept.nameEn;
  return pageMetadata({
    locale,
    path: `/concepts/${concept.slug}`,
    title: t("concepts.metaTitle", { name }),
    description: locale === "ko" ? concept.descriptionKo : concept.descriptionEn,
    feeds: conceptFeedLinks(locale, concept.slug, name, t),
  });
}

export default async function ConceptPage(props: Props) {
  const locale = await localeParam(props.params);
  const data = await load(props);
  if (!data) notFound();
  const t = getTranslator(locale);
  const { concept } = data;
  const pageCount = (total: number) => Math.max(1, Math.ceil(total / data.pageSize));
  const { mentions } = data;
  const href = (page: number, mentionsPage: number) =>
    `/${locale}/concepts/${concept.slug}?page=${page}` +
    (mentionsPage > 1 ? `&mentionsPage=${mentionsPage}` : "");
  const [primary, secondary] = locale === "ko" ? [concept.nameKo, concept.nameEn] : [concept.nameEn, concept.nameKo];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        <header>
          <h1 lang={locale} className="text-2xl font-bold sm:text-3xl">
            {primary}
          </h1>
          {secondary !== primary && (
            <p lang={locale === "ko" ? "en" : "ko"} className="mt-1 text-slate-600 dark:text-slate-400">
              {secondary}
            </p>
          )}
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("concepts.paperCount", { count: data.total })}</p>
        </header>
        <section aria-label={t("paper.abstracts")} className="grid gap-4 md:grid-cols-2">
          <LangText lang="ko" text={concept.descriptionKo} className="text-slate-800 dark:text-slate-200" />
          <LangText lang="en" text={concept.descriptionEn} className="text-slate-800 dark:text-slate-200" />
        </section>
        <section aria-labelledby="concept-papers" className="space-y-3">
          <h2 id="concept-papers" className="text-lg font-semibold">
            {t("concepts.papers")}
          </h2>
          {data.papers.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">{t("concepts.noPapers")}</p>
          ) : (
            <PaperList papers={data.papers} locale={locale} t={t} />
          )}
          <Pagination
            page={data.page}
            pages={pageCount(data.total)}
            href={(page) => href(page, mentions.page)}
            t={t}
          />
        </section>
        {mentions.total > 0 && (
          <section aria-labelledby="concept-mentions" className="space-y-3">
            <h2 id="concept-mentions" className="text-lg font-semibold">
              {t("concepts.mentioned")}{" "}
              <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                ({mentions.total})
              </span>
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t("concepts.mentionedIntro")}
            </p>
            <PaperList papers={mentions.papers} locale={locale} t={t} />
            <Pagination
              page={mentions.page}
              pages={pageCount(mentions.total)}
              href={(page) => `${href(data.page, page)}#concept-mentions`}
              t={t}
              label={t("concepts.mentionedPages")}
            />
          </section>
        )}
      </div>
      <aside className="space-y-5">
        {data.weekly.length > 0 && (
          <div>
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("concepts.weekly")}</h2>
            <WeeklyChart weekly={data.weekly} locale={locale} t={t} />
          </div>
        )}
        <ConceptLinks label={t("concepts.parent")} concepts={concept.parent ? [concept.parent] : []} locale={locale} />
        <ConceptLinks label={t("concepts.children")} concepts={concept.children} locale={locale} />
        <ConceptLinks label={t("concepts.related")} concepts={concept.related} locale={locale} />
        <ConceptLinks label={t("concepts.cooccurring")} concepts={data.cooccurring} locale={locale} />
      </aside>
    </div>
  );
}
