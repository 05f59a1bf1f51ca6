// Sentence-keyed translation of one paper: the title and each English sentence go to the engine
// with an id, and exactly one Korean rendering per id comes back, so the English-Korean
// alignment is exact by construction. A reply with missing, extra or merged ids is repaired once
// (the faulty ids and their neighbours together), then sentence by sentence; a paper whose
// sentences still fail is not translated at all.
import { normalizeInline } from "../text/normalize-text.ts";
import { splitSentences } from "../text/split-sentences.ts";
import {
  startsParagraph,
  type SentenceAlignment,
  type SentenceSpan,
} from "../text/sentence-alignment.ts";
import {
  addUsage,
  NO_USAGE,
  type EngineReply,
  type SourceUnit,
  type TranslationEngine,
  type Usage,
} from "./engine.ts";
import { firstMention, findTerm, termsIn, type Glossary, type GlossaryTerm } from "./glossary.ts";
import { protect, restore, restoreAny, type ProtectedText } from "./protect-spans.ts";

export interface KeyedTranslation {
  titleKo: string;
  abstractKo: string;
  /** Sentence i of the English is sentence i of the Korean; `keyed` marks it exact. */
  alignment: SentenceAlignment;
  tldrKo: string | null;
  usage: Usage;
  /** Engine calls made: 1 when the first reply was whole. */
  calls: number;
}

export class TranslationFailure extends Error {}

const TITLE = 0;

/** Checks one reply: the ids it rendered exactly once, with every protected span back. */
function acceptReply(
  reply: EngineReply,
  sources: Map<number, ProtectedText>,
  done: Map<number, string>,
  problems: Map<number, string>,
): void {
  const byId = new Map<number, string[]>();
  for (const unit of reply.units) byId.set(unit.id, [...(byId.get(unit.id) ?? []), unit.text]);
  for (const [id, source] of sources) {
    if (done.has(id)) continue;
    const renderings = byId.get(id) ?? [];
    if (renderings.length !== 1) {
      problems.set(
        id,
        renderings.length === 0 ? "was missing from the reply" : "came back more than once",
      );
      continue;
    }
    const text = normalizeInline(renderings[0]!.normalize("NFC"));
    if (!text) {
      problems.set(id, "came back empty");
      continue;
    }
    const restored = restore(text, source);
    if (!restored.ok) problems.set(id, restored.problem);
    else {
      done.set(id, restored.text);
      problems.delete(id);
    }
  }
}

/** Writes each term's first mention in the abstract the way Korean readers expect it. */
function annotateFirstMentions(
  english: string[],
  korean: string[],
  terms: GlossaryTerm[],
): string[] {
  const out = [...korean];
  for (const term of terms) {
    const at = english.findIndex((sentence) => findTerm(term, sentence).length > 0);
    if (at < 0 || !term.ko) continue;
    const mention = firstMention(term, term.en[0]!);
    const sentence = out[at]!;
    const index = sentence.indexOf(term.ko);
    if (!mention || index < 0) continue;
    const after = index + term.ko.length;
    // Already annotated by the engine: only the space Korean does not put before brackets goes.
    const annotated = /^\s*\(/.exec(sentence.slice(after));
    out[at] = annotated
      ? sentence.slice(0, after) + sentence.slice(after).replace(/^\s+/, "")
      : sentence.slice(0, index) + mention + sentence.slice(after);
  }
  return out;
}

export async function translatePaper(
  engine: TranslationEngine,
  glossary: Glossary,
  paper: { title: string; abstractEn: string },
): Promise<KeyedTranslation> {
  const sentences = splitSentences(paper.abstractEn, "en");
  if (sentences.length === 0) throw new TranslationFailure("the English abstract has no sentences");
  const sources = new Map<number, ProtectedText>();
  let nextMarker = 0;
  for (const [id, text] of [paper.title, ...sentences.map((s) => s.text)].entries()) {
    const source = protect(text, nextMarker);
    nextMarker += source.originals.size;
    sources.set(id, source);
  }
  const terms = termsIn(glossary, [paper.title, paper.abstractEn]);
  const unit = (id: number): SourceUnit => ({ id, text: sources.get(id)!.text });
  const done = new Map<number, string>();
  const problems = new Map<number, string>();
  let usage = NO_USAGE;
  let calls = 0;
  const ask = async (ids: number[], tldr: boolean) => {
    calls += 1;
    const reply = await engine.translate({ units: ids.map(unit), glossary: terms, tldr });
    usage = addUsage(usage, reply.usage);
    acceptReply(reply, new Map(ids.map((id) => [id, sources.get(id)!])), done, problems);
    return reply;
  };

  const all = [...sources.keys()];
  const first = await ask(all, engine.tldr);
  if (problems.size > 0) {
    // A missing id is often merged into a neighbour, whose rendering then says too much.
    const suspect = new Set(
      [...problems.keys()].flatMap((id) => [id - 1, id, id + 1]).filter((id) => sources.has(id)),
    );
    for (const id of suspect) done.delete(id);
    await ask(
      [...suspect].sort((a, b) => a - b),
      false,
    );
  }
  for (const id of all.filter((id) => !done.has(id))) await ask([id], false);
  if (done.size < sources.size) {
    const failed = all
      .filter((id) => !done.has(id))
      .map((id) => `${id === TITLE ? "the title" : `sentence ${id}`} ${problems.get(id)}`);
    throw new TranslationFailure(`${engine.name} could not translate ${failed.join("; ")}`);
  }

  const korean = annotateFirstMentions(
    sentences.map((s) => s.text),
    sentences.map((_, i) => done.get(i + 1)!),
    terms,
  );
  const enSpans = sentences.map((s): SentenceSpan => [s.start, s.end]);
  let abstractKo = "";
  const koSpans: SentenceSpan[] = korean.map((text, i) => {
    if (i > 0) abstractKo += startsParagraph(paper.abstractEn, enSpans, i) ? "\n\n" : " ";
    const start = abstractKo.length;
    abstractKo += text;
    return [start, abstractKo.length];
  });
  return {
    titleKo: done.get(TITLE)!,
    abstractKo,
    alignment: {
      en: enSpans,
      ko: koSpans,
      pairs: korean.map((_, i) => ({ en: [i], ko: [i] })),
      keyed: true,
    },
    tldrKo: first.tldr
      ? normalizeInline(restoreAny(first.tldr.normalize("NFC"), [...sources.values()]) ?? "") ||
        null
      : null,
    usage,
    calls,
  };
}
