import { getTranslator } from "@/lib/i18n/get-translator";
import { requestLocation } from "./request-locale";

export default async function NotFound() {
  const { locale } = await requestLocation();
  const t = getTranslator(locale);
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">{t("notFound.body")}</p>
      <a href={`/${locale}`} className="mt-6 inline-block rounded-md bg-sky-700 px-4 py-2 text-white hover:bg-sky-800">
        {t("notFound.home")}
      </a>
    </div>
  );
}
