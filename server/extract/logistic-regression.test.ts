import { describe, expect, it } from "vitest";
import { fitLogisticRegression, predictProbability } from "./logistic-regression.ts";

describe("fitLogisticRegression", () => {
  // One feature that says the label three times in four, and one that is noise.
  const examples = [
    [1, 0], [1, 1], [1, 0], [1, 1], [0, 0], [0, 1], [0, 0], [0, 1],
  ];
  const labels = [1, 1, 1, 0, 0, 0, 0, 1];

  it("learns the rate each value of a telling feature has, and leaves noise near zero", () => {
    const model = fitLogisticRegression(examples, labels, { l2: 0 });
    expect(predictProbability(model, [1, 0.5])).toBeCloseTo(0.75, 1);
    expect(predictProbability(model, [0, 0.5])).toBeCloseTo(0.25, 1);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(0.1);
  });

  it("shrinks the weights as the penalty grows, never the intercept's place", () => {
    const loose = fitLogisticRegression(examples, labels, { l2: 0 });
    const tight = fitLogisticRegression(examples, labels, { l2: 4 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
    const mean = labels.reduce((a, b) => a + b, 0) / labels.length;
    expect(predictProbability(fitLogisticRegression(examples, labels, { l2: 20 }), [0.5, 0.5])).toBeCloseTo(mean, 1);
  });

  it("refuses labels that do not match the examples, and gives the empty model for no examples", () => {
    expect(() => fitLogisticRegression([[1]], [1, 0])).toThrow(/1 examples but 2 labels/);
    expect(fitLogisticRegression([], [])).toEqual({ intercept: 0, weights: [] });
  });
});
