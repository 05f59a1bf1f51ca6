/** npm run prerender's exit status when another prerender of the database is running. */
export const PRERENDER_BUSY = 75;
/** Its exit status when the database changed while it rendered: its pages are of no one version. */
export const PRERENDER_OUTDATED = 76;
