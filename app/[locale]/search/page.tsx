import type { Metadata } from "next";
import { conceptName } from "@/components/ConceptChips";
import { Pagination } from "@/components/Pagination";
import { SearchFacets } from "@/components/SearchFacets";
import { SearchForm } from "@/components/SearchForm";
import { SearchHelp } from "@/components/SearchHelp";
import { SearchModes } from "@/components/SearchModes";
import { SearchQueryLinks } from "@/components/SearchQueryLinks";
import { SearchResultItem } from "@/components/SearchResultItem";
import { SearchSummary } from "@/components/SearchSummary";
import { localeParam } from "@/app/request-locale";
import { pageMetadata } from "@/app/page-metadata";
import { getDb } from "@/lib/db/server-db";
import { searchFeedLinks } from "@/lib/feeds/feed-links";
import { getTranslator } from "@/lib/i18n/get-translator";
import { listConcepts } from "@/lib/queries/list-concepts";
import { searchPath } from "@/lib/routes";
import { searchRequestFrom } from "@/lib/search/search-params";
import { searchPapers } from "@/lib/search/search-papers";
import { loadEmbedder, missingModel } from "@/lib/semantic/embedder";
import { embeddingSettings } from "@/lib/semantic/embedding-settings";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function urlParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  return params;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const q = urlParams(await searchParams).get("q");
  const title = q ? t("search.metaTitle", { q: q.slice(0, 80) }) : t("search.title");
  const feeds = q?.trim() ? searchFeedLinks(locale, q, t) : undefined;
  const meta = await pageMetadata({ locale, path: "/search", title, description: t("search.emptyIntro"), feeds });
  return { ...meta, robots: { index: false } };
}

export default async function SearchPage(props: Props) {
  const locale = await localeParam(props.params);
  const t = getTranslator(locale);
  const params = urlParams(await props.searchParams);
  // Links keep every parameter but the ones they change; a new filter starts again at page 1.
  const href = (change: Record<string, string | string[] | undefined>) => {
    const next: Record<string, string | string[] | undefined> = { q: params.get("q") ?? undefined, concept: params.getAll("concept"), cat: params.getAll("cat"), from: params.get("from") ?? undefined, to: params.get("to") ?? undefined, sort: params.get("sort") ?? undefined, mode: params.get("mode") ?? undefined };
    return searchPath(locale, { ...next, ...change });
  };
  const parsed = searchRequestFrom(params);
  const settings = embeddingSettings();
  const semanticAvailable = missingModel(settings) === null;
  const asked = parsed.ok ? parsed.request : null;
  // Meaning asked for where there is no model: word matches, with a note.
  const fellBack = !semanticAvailable && asked !== null && asked.mode !== "lexical";
  const request = asked && fellBack ? { ...asked, mode: "lexical" as const } : asked;
  const semantic = request && request.mode !== "lexical" ? await loadEmbedder(settings) : undefined;
  const outcome = parsed.ok ? await searchPapers(getDb(), request!, semantic) : { ok: false as const, code: parsed.code, message: parsed.message, problem: parsed.problem };

  if (!outcome.ok && outcome.code === "empty_query") {
    const concepts = (await listConcepts(getDb())).filter((c) => c.parent && c.paperCount > 0).sort((a, b) => b.paperCount - a.paperCount).slice(0, 16);
    return (
      <div className="space-y-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("search.title")}</h1>
          <p className="max-w-3xl text-slate-600 dark:text-slate-400">{t("search.emptyIntro")}</p>
          <SearchForm locale={locale} t={t} size="large" />
        </header>
        <SearchHelp locale={locale} t={t} concepts={concepts} />
      </div>
    );
  }

  if (!outcome.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("search.title")}</h1>
        <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
          <p className="font-medium">{t("search.error")}</p>
          {outcome.problem && <p className="mt-1 text-sm">{t(`search.problem.${outcome.problem.key}`, outcome.problem.values)}</p>}
        </div>
        <SearchForm locale={locale} t={t} size="large" query={params.get("q") ?? ""} />
      </div>
    );
  }

  const result = outcome.result;
  const queryHref = (q: string) => href({ q, page: undefined });
  const pages = Math.min(500, Math.max(1, Math.ceil(result.total / result.pageSize)));
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0 space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("search.title")}</h1>
        <SearchSummary result={result} locale={locale} t={t} params={params} href={href} />
        {semanticAvailable && result.query.terms.length > 0 && !result.query.lookup && <SearchModes mode={result.mode} href={(mode) => href({ mode: mode === "lexical" ? undefined : mode, page: undefined })} t={t} />}
        <SearchQueryLinks intro={t("search.conceptQueries")} links={result.conceptQueries.map((c) => ({ label: conceptName(c, locale), q: c.q, total: c.total }))} href={queryHref} t={t} />
        {fellBack && (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
            {t("search.mode.offFallback")}
          </p>
        )}
        {result.results.length === 0 ? (
          <>
            <p className="text-slate-600 dark:text-slate-400">{t("search.noResults")}</p>
            <SearchQueryLinks intro={t("search.alternatives")} links={result.alternatives.map((a) => ({ label: a.q, ...a }))} href={queryHref} t={t} />
          </>
        ) : (
          <ol className="space-y-3">
            {result.results.map((item) => (
              <li key={item.id}>
                <SearchResultItem item={item} locale={locale} t={t} />
              </li>
            ))}
          </ol>
        )}
        <Pagination page={result.page} pages={pages} href={(page) => href({ page: String(page) })} t={t} labels={{ previous: t("search.previousPage"), next: t("search.nextPage") }} />
      </div>
      <SearchFacets
        facets={result.facets}
        total={result.total}
        locale={locale}
        t={t}
        conceptHref={(slug) => href({ concept: [...new Set([...params.getAll("concept"), slug])] })}
        monthHref={(month) => href({ from: month, to: month })}
      />
    </div>
  );
}
