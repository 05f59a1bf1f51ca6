import { z } from "zod";
import { isWellFormedText, normalizeInline, normalizeParagraphs } from "../text/normalize-text.ts";
import { isCalendarDate } from "../dates/calendar-date.ts";
import { parseArxivId } from "./arxiv-id.ts";
import { classify } from "./classifications.ts";

/** Limits that keep one bad record from filling memory or the page. */
export const LIMITS = {
  title: 1_000,
  abstract: 20_000,
  authors: 5_000,
  authorName: 300,
  categories: 20,
  classes: 20,
  classText: 500,
  url: 500,
  comment: 2_000,
  translator: 200,
} as const;

export const TRANSLATION_METHODS = ["manual", "machine", "post-edited"] as const;

const text = () =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "is required" : "must be text") })
    .refine(isWellFormedText, "contains invalid Unicode (an unpaired surrogate)");

const inline = (max: number) =>
  text()
    .transform(normalizeInline)
    .pipe(z.string().min(1, "must not be empty").max(max, `is longer than ${max} characters`));

const paragraphs = (max: number) =>
  text()
    .refine((v) => v.length <= max * 2, `is longer than ${max} characters`)
    .transform(normalizeParagraphs)
    .pipe(z.string().min(1, "must not be empty").max(max, `is longer than ${max} characters`));

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v), schema.nullable());

const NOT_A_CATEGORY =
  "is not an arXiv category such as cs.CL, nor an ACM or MSC class such as I.2.7 or 68T50";
const ENTRIES = LIMITS.categories + LIMITS.classes;

/**
 * arXiv categories, primary first. Crawls mix ACM and MSC classes in ("I.2.7; I.2.6"): those are
 * kept apart, as written, so that neither is lost nor mistaken for a category.
 */
const categories = z
  .array(inline(LIMITS.classText), { error: "must be a list of arXiv categories" })
  .max(ENTRIES, `lists more than ${ENTRIES} entries`)
  .superRefine((list, ctx) => {
    list.forEach((entry, i) => {
      if (classify(entry) === "unknown") {
        ctx.addIssue({ code: "custom", path: [i], message: NOT_A_CATEGORY });
      }
    });
  })
  .transform((list) => ({
    categories: list.filter((entry) => classify(entry) === "category"),
    classes: list.filter((entry) => classify(entry) === "class"),
  }))
  .refine(
    (split) => split.categories.length <= LIMITS.categories,
    `lists more than ${LIMITS.categories} categories`,
  )
  .refine(
    (split) => new Set(split.categories).size === split.categories.length,
    "lists a category twice",
  )
  .default({ categories: [], classes: [] });

const classes = z
  .array(inline(LIMITS.classText), { error: "must be a list of ACM or MSC classes" })
  .max(LIMITS.classes, `lists more than ${LIMITS.classes} classes`)
  .default([]);

const webUrl = inline(LIMITS.url).refine(
  (v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v),
  "is not a web address starting with https://",
);

const count = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(0, "must not be negative");

const isoDate = inline(10).refine(isCalendarDate, "must be a date written YYYY-MM-DD");

/** The one validated shape every source format is turned into before it is stored. */
export const PaperRecordSchema = z
  .object({
    arxivId: optional(inline(40).refine((v) => parseArxivId(v) !== null, "is not an arXiv id such as 2312.04876 or 2312.04876v2")),
    version: optional(z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1")),
    title: inline(LIMITS.title),
    titleKo: optional(inline(LIMITS.title)),
    // Omitted by sources that do not know the authors (blog posts); a given list must name someone.
    authors: z
      .array(inline(LIMITS.authorName), { error: "must be a list of names" })
      .min(1, "must name at least one author")
      .max(LIMITS.authors, `lists more than ${LIMITS.authors} authors`)
      .optional()
      .transform((list) => list ?? []),
    categories,
    classes,
    published: optional(isoDate),
    comment: optional(inline(LIMITS.comment)),
    abstractEn: paragraphs(LIMITS.abstract),
    abstractKo: optional(paragraphs(LIMITS.abstract)),
    translation: optional(
      z.object({
        method: z.enum(TRANSLATION_METHODS, { error: `must be one of ${TRANSLATION_METHODS.join(", ")}` }),
        by: optional(inline(LIMITS.translator)),
      }),
    ),
    codeUrl: optional(webUrl),
    projectUrl: optional(webUrl),
    hfUpvotes: optional(count),
  })
  .transform((record) => {
    const parsed = record.arxivId ? parseArxivId(record.arxivId) : null;
    return {
      arxivId: parsed?.id ?? null,
      arxivVersion: record.version ?? parsed?.version ?? null,
      title: record.title,
      titleKo: record.titleKo,
      authors: record.authors,
      categories: record.categories.categories,
      classes: [...new Set([...record.categories.classes, ...record.classes])],
      publishedAt: record.published,
      comment: record.comment,
      abstractEn: record.abstractEn,
      abstractKo: record.abstractKo,
      translation: record.abstractKo || record.titleKo ? (record.translation ?? { method: "manual" as const, by: null }) : null,
      codeUrl: record.codeUrl,
      projectUrl: record.projectUrl,
      hfUpvotes: record.hfUpvotes,
    };
  });

export type PaperRecord = z.output<typeof PaperRecordSchema>;
