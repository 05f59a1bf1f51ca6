import { describe, expect, it } from "vitest";
import {
  bibtexEntry,
  citationKey,
  citationMeta,
  MAX_CITATION_AUTHORS,
  type CitablePaper,
} from "./cite-paper.ts";

const samkv: CitablePaper = {
  arxivId: "2508.11661",
  title: "Sparse Attention across Multiple-context KV Cache",
  authors: ["Ziyi Cao", "Qingyi Si", "Jingbin Zhang", "Bingquan Liu"],
  categories: ["cs.LG", "cs.CL"],
  primaryCategory: "cs.LG",
  publishedAt: null,
  links: { abs: "https://arxiv.org/abs/2508.11661", pdf: "https://arxiv.org/pdf/2508.11661" },
};

describe("bibtexEntry", () => {
  it("writes arXiv's @misc entry with family names first, the year of the id and acronyms braced", () => {
    expect(bibtexEntry(samkv)).toBe(`@misc{cao2025sparse,
  title         = {Sparse Attention across Multiple-context {KV} Cache},
  author        = {Cao, Ziyi and Si, Qingyi and Zhang, Jingbin and Liu, Bingquan},
  year          = {2025},
  eprint        = {2508.11661},
  archivePrefix = {arXiv},
  primaryClass  = {cs.LG},
  url           = {https://arxiv.org/abs/2508.11661},
}
`);
  });

  it("keeps TeX and math in titles, escapes what BibTeX would misread, and makes ASCII keys of any name", () => {
    const sd2 = {
      ...samkv,
      arxivId: "2504.08838",
      title: "SD$^2$: Self-Distilled Sparse Drafters & 100% of \\textbf{LoRA}",
      authors: ["Mike Lasby", "Nikita Lazarev"],
    };
    expect(bibtexEntry(sd2)).toContain(
      "title         = {{SD}$^2$: Self-Distilled Sparse Drafters \\& 100\\% of \\textbf{LoRA}},",
    );
    expect(
      citationKey({
        ...samkv,
        authors: ["José Müller-Łópez"],
        publishedAt: "2024-12-30",
        title: "The Pile of Words",
      }),
    ).toBe("mullerlopez2024pile");
    expect(citationKey({ ...samkv, authors: [], arxivId: null, title: "검색 증강 생성" })).toBe(
      "anonymous",
    );
  });
});

describe("citationMeta", () => {
  it("gives Google Scholar and Zotero the title, every author, the date and the PDF", () => {
    expect(citationMeta({ ...samkv, publishedAt: "2025-08-15" })).toEqual({
      citation_title: samkv.title,
      citation_author: samkv.authors,
      citation_publication_date: "2025/08/15",
      citation_arxiv_id: "2508.11661",
      citation_pdf_url: "https://arxiv.org/pdf/2508.11661",
      citation_abstract_html_url: "https://arxiv.org/abs/2508.11661",
    });
  });

  it("names the first MAX_CITATION_AUTHORS authors of a collaboration; BibTeX names them all", () => {
    const authors = Array.from({ length: 3_000 }, (_, i) => `Author Number ${i + 1}`);
    const meta = citationMeta({ ...samkv, authors });
    expect(meta.citation_author).toEqual(authors.slice(0, MAX_CITATION_AUTHORS));
    const bibtex = bibtexEntry({ ...samkv, authors });
    expect(bibtex).toContain("{1, Author Number and 2, Author Number and");
    expect(bibtex).toContain("and 3000, Author Number},");
  });
});
