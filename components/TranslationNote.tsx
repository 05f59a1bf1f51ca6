import type { Translator } from "@/lib/i18n/get-translator";
import type { PaperView } from "@/lib/queries/paper-view";

const METHODS = ["manual", "machine", "post-edited"] as const;

export function TranslationNote({ translation, t }: { translation: PaperView["translation"]; t: Translator }) {
  if (!translation) return null;
  const known = METHODS.find((m) => m === translation.method);
  const method = known ? t(`paper.method.${known}`) : (translation.method ?? "");
  return (
    <div className="mt-3 space-y-2 text-xs text-slate-600 dark:text-slate-400">
      {translation.stale && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          {t("paper.staleTranslation")}
        </p>
      )}
      {method && <p>{translation.by ? t("paper.translatedBy", { method, by: translation.by }) : t("paper.translatedMethod", { method })}</p>}
    </div>
  );
}
