// Endings that attach to a Korean noun without changing what it names: case and topic
// particles, copula forms and the -하다/-되다 verb endings. "양자화를" names 양자화.
const PARTICLES = [
  "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "으로", "로", "와", "과", "도", "만", "까지", "부터", "보다",
  "처럼", "같이", "이나", "나", "이며", "며", "이고", "고", "이다", "다", "였다", "이었다", "이라는", "라는", "이란", "란", "인", "이라",
  "라", "에는", "에서는", "으로는", "로는", "과의", "와의", "에도", "에서도", "으로서", "로서", "으로써", "로써", "에서의", "으로의", "로의",
  "에의", "하는", "한", "하고", "하여", "해", "했다", "한다", "하며", "할", "된", "되는", "되어", "된다", "되며", "될", "적", "적인", "적으로",
  "들", "들은", "들이", "들을", "들의", "들과", "들로", "들에", "들에서", "들이다", "만을", "만으로", "조차", "마저", "뿐",
];

/** Longest first, so that "에서는" is tried before "에서" and "에". */
export const KOREAN_PARTICLES = [...new Set(PARTICLES)].sort((a, b) => b.length - a.length);
const PARTICLE_SET = new Set(KOREAN_PARTICLES);
const LONGEST = KOREAN_PARTICLES[0]!.length;

/** The noun a Korean token can name: itself, or itself without one trailing particle. */
export function koreanStems(token: string): string[] {
  const stems = [token];
  // A word ending in a Latin letter or digit ("LLM") carries no particle.
  if (token.charCodeAt(token.length - 1) < 0xac00) return stems;
  for (let length = Math.min(LONGEST, token.length - 1); length > 0; length--) {
    if (PARTICLE_SET.has(token.slice(-length))) stems.push(token.slice(0, -length));
  }
  return stems;
}
