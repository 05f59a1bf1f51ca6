// A reader's choices (language, reading mode) are kept a year in first-party cookies, set by the
// proxy from links and by the reader's script in place.
export const PREFERENCE_COOKIE = { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

/** The same cookie as document.cookie takes it. */
export function preferenceCookie(name: string, value: string): string {
  return `${name}=${value}; path=${PREFERENCE_COOKIE.path}; max-age=${PREFERENCE_COOKIE.maxAge}; samesite=${PREFERENCE_COOKIE.sameSite}`;
}
