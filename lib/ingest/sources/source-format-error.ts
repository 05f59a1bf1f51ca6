/** The whole input is unusable (not XML, an API error feed, the wrong format). */
export class SourceFormatError extends Error {}
