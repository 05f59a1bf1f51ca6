import type { Metadata } from "next";
import { ConceptTree } from "@/components/ConceptTree";
import { localeParam } from "@/app/request-locale";
import { pageMetadata } from "@/app/page-metadata";
import { buildTree } from "@/lib/concepts/concept-tree";
import { getDb } from "@/lib/db/server-db";
import { getTranslator } from "@/lib/i18n/get-translator";
import { listConcepts } from "@/lib/queries/list-concepts";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  return pageMetadata({ locale, path: "/concepts", title: t("concepts.title"), description: t("concepts.intro") });
}

export default async function ConceptsPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const roots = buildTree(await listConcepts(getDb()));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("concepts.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-400">{t("concepts.intro")}</p>
      </header>
      <ConceptTree roots={roots} locale={locale} t={t} />
    </div>
  );
}
