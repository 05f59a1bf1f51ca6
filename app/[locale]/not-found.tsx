// The same localized 404 page, as the boundary for notFound() inside a locale.
export { default } from "../not-found";
