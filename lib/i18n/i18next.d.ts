import type en from "./catalogs/en/common.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof en };
    returnNull: false;
  }
}
