import type { SparseRows } from "./sparse-rows.ts";

export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias): mean loss + l2/2 |w|^2. */
  l2: number;
  /** How much a positive example's loss counts against a negative's (1 unless given). */
  positiveWeight?: number;
  maxIterations?: number;
  /** Past gradients L-BFGS remembers. */
  memory?: number;
}

const sigmoid = (s: number) => 1 / (1 + Math.exp(-s));
/** log(1 + e^-m), without overflow. */
const softplusNeg = (m: number) =>
  m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));

export function predict(model: LogisticModel, rows: SparseRows, i: number): number {
  let s = model.bias;
  for (let k = rows.starts[i]!; k < rows.starts[i + 1]!; k++)
    s += model.weights[rows.columns[k]!]! * rows.values[k]!;
  return sigmoid(s);
}

/**
 * L2-regularised logistic regression fitted by L-BFGS with a backtracking line search. The same
 * data gives the same model: no randomness, a fixed order of operations.
 */
export function fitLogistic(
  rows: SparseRows,
  labels: ArrayLike<boolean>,
  options: FitOptions,
): LogisticModel {
  const n = rows.starts.length - 1;
  const d = rows.width + 1; // the bias is the last coordinate
  const positiveWeight = options.positiveWeight ?? 1;
  const loss = (x: Float64Array, gradient: Float64Array) => {
    gradient.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = x[d - 1]!;
      for (let k = rows.starts[i]!; k < rows.starts[i + 1]!; k++)
        s += x[rows.columns[k]!]! * rows.values[k]!;
      const weight = labels[i] ? positiveWeight : 1;
      total += weight * softplusNeg(labels[i] ? s : -s);
      const residual = (weight * (sigmoid(s) - (labels[i] ? 1 : 0))) / n;
      gradient[d - 1]! += residual;
      for (let k = rows.starts[i]!; k < rows.starts[i + 1]!; k++)
        gradient[rows.columns[k]!]! += residual * rows.values[k]!;
    }
    total /= n;
    for (let j = 0; j < d - 1; j++) {
      total += 0.5 * options.l2 * x[j]! * x[j]!;
      gradient[j]! += options.l2 * x[j]!;
    }
    return total;
  };
  const x = lbfgs(loss, d, options.maxIterations ?? 300, options.memory ?? 10);
  return { weights: x.slice(0, d - 1), bias: x[d - 1]! };
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
};

/** Minimises a smooth convex function from zero; stops when it no longer decreases. */
function lbfgs(
  f: (x: Float64Array, gradient: Float64Array) => number,
  d: number,
  maxIterations: number,
  memory: number,
): Float64Array {
  const x = new Float64Array(d);
  const g = new Float64Array(d);
  let value = f(x, g);
  const steps: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  const direction = new Float64Array(d);
  const next = new Float64Array(d);
  const nextGradient = new Float64Array(d);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    for (let j = 0; j < d; j++) direction[j] = -g[j]!;
    const alphas: number[] = [];
    for (let k = steps.length - 1; k >= 0; k--) {
      const { s, y, rho } = steps[k]!;
      alphas[k] = rho * dot(s, direction);
      for (let j = 0; j < d; j++) direction[j]! -= alphas[k]! * y[j]!;
    }
    const last = steps.at(-1);
    if (last) {
      const scale = dot(last.s, last.y) / dot(last.y, last.y);
      for (let j = 0; j < d; j++) direction[j]! *= scale;
    }
    for (const [k, { s, y, rho }] of steps.entries()) {
      const beta = rho * dot(y, direction);
      for (let j = 0; j < d; j++) direction[j]! += s[j]! * (alphas[k]! - beta);
    }
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction: start again from the gradient.
      steps.length = 0;
      for (let j = 0; j < d; j++) direction[j] = -g[j]!;
      slope = dot(g, direction);
    }
    const gradientNorm = Math.sqrt(dot(g, g));
    if (gradientNorm < 1e-7) break;
    let step = steps.length ? 1 : 1 / gradientNorm;
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < d; j++) next[j] = x[j]! + step * direction[j]!;
      nextValue = f(next, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = new Float64Array(d);
    const y = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      s[j] = next[j]! - x[j]!;
      y[j] = nextGradient[j]! - g[j]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push({ s, y, rho: 1 / sy });
      if (steps.length > memory) steps.shift();
    }
    const decrease = value - nextValue;
    x.set(next);
    g.set(nextGradient);
    value = nextValue;
    if (decrease < 1e-10 * Math.max(1, Math.abs(value))) break;
  }
  return x;
}
