/**
 * A logistic regression with an intercept and L2 regularisation, fitted by full-batch gradient
 * ascent on the mean log-likelihood. Written here because the corpus gives about a hundred
 * examples: without the penalty (ml-logistic-regression has none) weights on rare features run
 * off to whatever separates the few examples that have them.
 *
 * Cost: O(steps · examples · features); the defaults on 100 examples of 4 features take a few
 * milliseconds.
 */

export interface LogisticRegressionOptions {
  /** Penalty on the squared weights (not the intercept), per example. Default 0.1. */
  l2?: number;
  /** Gradient steps. Default 20,000. */
  steps?: number;
  /** Step size. Default 0.3. */
  learningRate?: number;
}

export interface LogisticModel {
  intercept: number;
  weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability the model gives an example of label 1. */
export function predictProbability(model: LogisticModel, features: readonly number[]): number {
  return sigmoid(features.reduce((sum, value, i) => sum + value * (model.weights[i] ?? 0), model.intercept));
}

/** Fits `labels` (0 or 1) from `examples` (one row of numbers each, all of one length). */
export function fitLogisticRegression(examples: readonly (readonly number[])[], labels: readonly number[], options: LogisticRegressionOptions = {}): LogisticModel {
  const { l2 = 0.1, steps = 20_000, learningRate = 0.3 } = options;
  if (examples.length !== labels.length) throw new Error(`fitLogisticRegression: ${examples.length} examples but ${labels.length} labels`);
  const width = examples[0]?.length ?? 0;
  const model: LogisticModel = { intercept: 0, weights: new Array<number>(width).fill(0) };
  if (examples.length === 0) return model;
  const n = examples.length;
  for (let step = 0; step < steps; step++) {
    let gradIntercept = 0;
    const grad = new Array<number>(width).fill(0);
    examples.forEach((row, k) => {
      const error = labels[k]! - predictProbability(model, row);
      gradIntercept += error;
      for (let i = 0; i < width; i++) grad[i]! += error * row[i]!;
    });
    model.intercept += (learningRate * gradIntercept) / n;
    for (let i = 0; i < width; i++) model.weights[i]! += (learningRate * (grad[i]! - l2 * model.weights[i]!)) / n;
  }
  return model;
}
