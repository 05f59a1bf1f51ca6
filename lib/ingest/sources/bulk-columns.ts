// Bulk files (JSON Lines, CSV) name their columns in several ways; these are the names accepted
// for each field of a paper, in order of preference. Documented in content/README.md.
type Row = Record<string, unknown>;

const COLUMNS = {
  arxivId: ["arxivId", "arxiv_id", "id"],
  version: ["version"],
  title: ["title"],
  titleKo: ["titleKo", "title_ko"],
  published: ["published", "published_at", "publishedAt"],
  comment: ["comment", "comments"],
  abstractEn: ["abstractEn", "abstract_en", "abstract", "summary"],
  abstractKo: ["abstractKo", "abstract_ko"],
  date: ["date", "digest_date", "listing_date", "daily_date"],
  codeUrl: ["codeUrl", "code_url", "githubRepo", "github_repo"],
  projectUrl: ["projectUrl", "project_url", "projectPage", "project_page"],
  hfUpvotes: ["hfUpvotes", "hf_upvotes", "upvotes"],
} as const;

function pick(row: Row, names: readonly string[]): unknown {
  for (const name of names) if (row[name] !== undefined && row[name] !== null && row[name] !== "") return row[name];
  return undefined;
}

/** Authors as a list: a JSON array, arXiv's [last, first, suffix] triples, or "A; B" / "A, B and C". */
function authors(row: Row): unknown {
  if (Array.isArray(row.authors_parsed)) {
    return row.authors_parsed.map((parts) => (Array.isArray(parts) ? [parts[1], parts[0], parts[2]].filter(Boolean).join(" ") : parts));
  }
  const value = row.authors;
  if (typeof value !== "string") return value;
  // An empty cell (a CSV column every row has) means the source does not know the authors.
  if (!value.trim()) return undefined;
  const separator = value.includes(";") ? /\s*;\s*/ : /\s*,\s*(?:and\s+)?|\s+and\s+/;
  return value.split(separator).filter(Boolean);
}

/** Categories as a list, primary first: a JSON array or "cs.CL cs.LG" / "cs.CL, cs.LG". */
function categories(row: Row): unknown {
  const value = row.categories;
  const list = typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : value;
  const primary = typeof row.primary_category === "string" ? row.primary_category : undefined;
  if (!Array.isArray(list) || !primary) return list;
  return [primary, ...list.filter((c) => c !== primary)];
}

/** ACM and MSC classes: a `classes` list, or arXiv's `acm_class` and `msc_class` strings. */
function classes(row: Row): unknown {
  if (row.classes !== undefined) return row.classes;
  const acm = pick(row, ["acm_class", "acm-class"]);
  const msc = pick(row, ["msc_class", "msc-class"]);
  const given = [acm, msc].filter((v) => v !== undefined);
  return given.length ? given : undefined;
}

function translation(row: Row): unknown {
  if (row.translation !== undefined) return row.translation;
  const method = pick(row, ["translationMethod", "translation_method"]);
  const by = pick(row, ["translationBy", "translation_by"]);
  return method === undefined && by === undefined ? undefined : { method, by };
}

function day(value: unknown): string | null {
  if (typeof value !== "string") return null;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/** Maps one bulk row onto PaperRecordSchema's field names and the digest day. */
export function fieldsFromRow(row: Row): { fields: Row; date: string | null } {
  const published = pick(row, COLUMNS.published);
  return {
    date: day(pick(row, COLUMNS.date)),
    fields: {
      arxivId: pick(row, COLUMNS.arxivId),
      version: pick(row, COLUMNS.version),
      title: pick(row, COLUMNS.title),
      titleKo: pick(row, COLUMNS.titleKo),
      authors: authors(row),
      categories: categories(row),
      classes: classes(row),
      published: typeof published === "string" ? published.slice(0, 10) : published,
      comment: pick(row, COLUMNS.comment),
      abstractEn: pick(row, COLUMNS.abstractEn),
      abstractKo: pick(row, COLUMNS.abstractKo),
      translation: translation(row),
      codeUrl: pick(row, COLUMNS.codeUrl),
      projectUrl: pick(row, COLUMNS.projectUrl),
      hfUpvotes: pick(row, COLUMNS.hfUpvotes),
    },
  };
}
