import { describe, expect, it } from "vitest";
import { fitLogistic, predict } from "./logistic-regression.ts";
import { packRows } from "./sparse-rows.ts";

// Papers as two word features: column 0 says "reward model", column 1 says "weather".
const rows = packRows(
  [
    [[0, 1]],
    [
      [0, 1],
      [1, 0.2],
    ],
    [[0, 0.8]],
    [[1, 1]],
    [[1, 0.7]],
    [],
    [
      [0, 0.1],
      [1, 1],
    ],
    [],
  ],
  2,
);
const labels = [true, true, true, false, false, false, false, false];

describe("fitLogistic", () => {
  it("learns which feature says yes and which says no", () => {
    const model = fitLogistic(rows, labels, { l2: 1e-3 });
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeLessThan(0);
    for (let i = 0; i < labels.length; i++) expect(predict(model, rows, i) > 0.5).toBe(labels[i]);
  });

  it("shrinks the weights as the penalty grows", () => {
    const loose = fitLogistic(rows, labels, { l2: 1e-3 });
    const tight = fitLogistic(rows, labels, { l2: 1 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });

  it("gives the base rate to a paper without features, the bias not being penalised", () => {
    const empty = packRows(
      Array.from({ length: 10 }, () => []),
      3,
    );
    const model = fitLogistic(
      empty,
      [true, false, false, false, false, false, false, false, false, false],
      { l2: 1 },
    );
    expect(predict(model, empty, 0)).toBeCloseTo(0.1, 4);
  });

  it("weighs positive examples as asked: an empty paper gets the weighted base rate", () => {
    const empty = packRows(
      Array.from({ length: 10 }, () => []),
      1,
    );
    const one = [true, ...Array.from({ length: 9 }, () => false)];
    // Counting the one positive three times: odds 3 to 9, probability 0.25.
    const model = fitLogistic(empty, one, { l2: 1, positiveWeight: 3 });
    expect(predict(model, empty, 0)).toBeCloseTo(0.25, 4);
  });

  it("fits the same model from the same data, to the last bit", () => {
    const a = fitLogistic(rows, labels, { l2: 1e-4 });
    const b = fitLogistic(rows, labels, { l2: 1e-4 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });
});
