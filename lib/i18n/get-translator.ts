import i18next, { type TFunction } from "i18next";
import en from "./catalogs/en/common.json";
import ko from "./catalogs/ko/common.json";
import type { Locale } from "./locales.ts";

export const resources = { en: { common: en }, ko: { common: ko } } as const;

const instance = i18next.createInstance();
// Catalogs are bundled, so initialisation finishes synchronously.
void instance.init({
  resources,
  lng: "ko",
  fallbackLng: "en",
  defaultNS: "common",
  ns: ["common"],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translator = TFunction<"common">;

export function getTranslator(locale: Locale): Translator {
  return instance.getFixedT(locale, "common");
}
