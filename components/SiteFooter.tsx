import type { Translator } from "@/lib/i18n/get-translator";

export function SiteFooter({ t }: { t: Translator }) {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-6 text-xs text-slate-600 dark:text-slate-400">
        <p className="max-w-3xl">{t("footer.source")}</p>
        <a href="/api/digests" className="hover:underline">
          {t("footer.api")}
        </a>
      </div>
    </footer>
  );
}
