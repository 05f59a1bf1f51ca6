// Text-mode TeX commands that stand for one character or a short word, as readers expect to see
// them. Greek letters and a few operators appear outside math in real abstracts ({\Theta}(40K)).

/** "name text" pairs, one pair after another, separated by spaces ("␣" is a space in the text). */
const PAIRS = `
  alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ iota ι kappa κ
  lambda λ mu μ nu ν xi ξ pi π rho ρ sigma σ tau τ upsilon υ phi φ varphi φ chi χ psi ψ omega ω
  Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Phi Φ Psi Ψ Omega Ω
  ldots … dots … textellipsis … LaTeX LaTeX TeX TeX deg ° textdegree ° circ °
  textregistered ® texttrademark ™ copyright © textcopyright © textperthousand ‰ textpercent %
  textemdash — textendash – textasciitilde ~ textasciicircum ^ textbackslash \\ textbar |
  textless < textgreater > textunderscore _ S § P ¶ dag † ddag ‡ pounds £ euro € textbullet •
  item •␣ times × pm ± approx ≈ sim ~ le ≤ leq ≤ ge ≥ geq ≥ rightarrow → to → leftarrow ← infty ∞
  textquoteleft ‘ textquoteright ’ textquotedblleft “ textquotedblright ” quad ␣ qquad ␣
  ss ß o ø O Ø ae æ AE Æ oe œ OE Œ aa å AA Å l ł L Ł i ı
  eg e.g. ie i.e. etal et␣al. wrt w.r.t. vs vs. cf cf.`;

const words = PAIRS.trim().split(/\s+/);

export const TEX_SYMBOLS: Record<string, string> = Object.fromEntries(
  words.flatMap((word, i) => (i % 2 === 0 ? [[word, words[i + 1]!.replaceAll("␣", " ")]] : [])),
);

/** Accent commands and the combining mark each puts on the next letter (\'e is é). */
export const TEX_ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  c: "\u0327",
  v: "\u030c",
  u: "\u0306",
  H: "\u030b",
  k: "\u0328",
  r: "\u030a",
  d: "\u0323",
  b: "\u0331",
};
