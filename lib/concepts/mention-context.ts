// How a mention sits in its sentence: negated ("without fine-tuning"), among baselines
// ("compared with LoRA"), or the paper's subject ("we propose a LoRA variant").

const NEGATION_BEFORE = /\b(without|w\/o|not(?! only)|no|never|instead of|rather than|unlike|free of|no need for|eliminat\w+|avoid\w*)\b[^.;]{0,40}$/i;
const NEGATION_AFTER = /^-?free\b/i;
// "such as" and "including" also list a paper's own techniques, so they are not baseline cues.
const BASELINE = /\b(baselines?|compared (?:to|with|against)|comparison|competitive with|versus|vs\.?|than|outperform\w*|surpass\w*|rivals?|prior (?:work|methods?|approaches|studies)|existing (?:methods?|approaches|work|techniques)|previous (?:methods?|work|approaches|studies)|conventional|traditional|competitors?)\b/i;
// Single authors write "I" and "my": "I analyze catastrophic forgetting".
const SUBJECT = /\b((?:we|I) (?:propose|introduce|present|develop|design|study|investigate|explore|examine|analy[sz]e|build|release|construct|curate|ask|deploy)|this (?:paper|work|study|survey|tutorial|report)|(?:our|my) (?:method|approach|framework|model|study|work|analysis|benchmark|dataset))\b/i;
// A problem the work acts on is its subject whoever the sentence names: "it mitigates catastrophic forgetting".
const ACTS_ON = /\b(?:mitigat|alleviat|prevent|overcom|tackl|combat)\w*\s+(?:the\s+)?$/i;
// A sentence opening on a concession sets up what the paper answers: "While RAG improves accuracy, it fails to ...".
const CONCESSION = /^\s*(?:while|although|though|whereas|despite)\b[^,;]*$/i;

const BASELINE_AFTER = /^\S*\s*(baselines?|counterparts?)\b/i;
const KO_NEGATION_AFTER = /^[^.。]{0,12}(없이|없는|않|대신|달리|필요 없)/;
// Korean puts the compared-against term first: "LoRA보다 우수하다", "기존 LoRA 방법".
const KO_BASELINE_AFTER = /^[^.。]{0,15}(보다|대비|비해|와 비교|과 비교|를 능가|을 능가|기준선|베이스라인)/;
const KO_BASELINE_BEFORE = /(기존|기준선|베이스라인|이전 연구|선행 연구)[^.。]{0,20}$/;
const KO_SUBJECT = /(제안한다|제안하는|소개한다|제시한다|개발한다|구축한다|이 논문|본 논문|이 연구|본 연구|우리는)/;

export interface MentionContext {
  negated: boolean;
  baseline: boolean;
  /** A comparison cue in the mention's own clause ("better than X") or an opening concession ("While X helps, ..."): a baseline even in a sentence about the paper's work. */
  comparedInClause: boolean;
  subject: boolean;
}

/** The sentence around [start, end) in `text`: from the previous sentence end to the next. */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x3002;
const isSpaceOrEnd = (c: number) => Number.isNaN(c) || c === 32 || c === 10 || c === 9 || c === 13;

function sentenceAround(text: string, start: number, end: number): { before: string; after: string; sentence: string } {
  let from = start;
  while (from > 0 && !(isStop(text.charCodeAt(from - 1)) && isSpaceOrEnd(text.charCodeAt(from)))) from--;
  let to = end;
  while (to < text.length && !(isStop(text.charCodeAt(to)) && isSpaceOrEnd(text.charCodeAt(to + 1)))) to++;
  return { before: text.slice(from, start), after: text.slice(end, to + 1), sentence: text.slice(from, to + 1) };
}

export function mentionContext(text: string, start: number, end: number, korean: boolean): MentionContext {
  const { before, after, sentence } = sentenceAround(text, start, end);
  // An abstract that opens on a term is about it: "Inference-time scaling trades efficiency for accuracy."
  const opensText = start === before.length && before.trim() === "";
  if (korean) {
    const comma = after.search(/[,，;]/);
    const comparedInClause = KO_BASELINE_AFTER.test(comma < 0 ? after : after.slice(0, comma));
    return {
      negated: KO_NEGATION_AFTER.test(after),
      baseline: comparedInClause || KO_BASELINE_BEFORE.test(before),
      comparedInClause,
      subject: opensText || KO_SUBJECT.test(sentence),
    };
  }
  // A comparison cue counts only before the mention: "X outperforms Y" compares against Y, not X.
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  return {
    negated: NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after),
    baseline: BASELINE.test(before) || BASELINE_AFTER.test(after),
    comparedInClause: BASELINE.test(clause) || CONCESSION.test(before),
    subject: opensText || SUBJECT.test(sentence) || ACTS_ON.test(before),
  };
}
