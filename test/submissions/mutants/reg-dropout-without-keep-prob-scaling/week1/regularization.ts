// Mutant: dropout without the 1/keepProb scaling, in the forward and in the backward pass.
import { RandomState, np, type Matrix, type Params } from "dnn-autograder";
import { computeCost, sigmoid, relu } from "dnn-autograder/course/week1/regularization";

type Cache = Record<string, Matrix>;
type Grads = Record<string, Matrix>;

export function computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Params, lambd: number): number {
  const m = Y[0].length;
  const crossEntropyCost = computeCost(A3, Y);
  const squares = np.sum(np.square(parameters.W1)) + np.sum(np.square(parameters.W2)) + np.sum(np.square(parameters.W3));
  return crossEntropyCost + (lambd * squares) / (2 * m);
}

export function backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: Cache, lambd: number): Grads {
  const m = X[0].length;
  const { A1, W1, A2, W2, A3, W3 } = cache;
  const dZ3 = np.subtract(A3, Y);
  const dW3 = np.add(np.multiply(1 / m, np.dot(dZ3, np.transpose(A2))), np.multiply(lambd / m, W3));
  const db3 = np.multiply(1 / m, np.sum(dZ3, { axis: 1, keepdims: true }));
  const dA2 = np.dot(np.transpose(W3), dZ3);
  const dZ2 = np.multiply(dA2, np.greater(A2, 0));
  const dW2 = np.add(np.multiply(1 / m, np.dot(dZ2, np.transpose(A1))), np.multiply(lambd / m, W2));
  const db2 = np.multiply(1 / m, np.sum(dZ2, { axis: 1, keepdims: true }));
  const dA1 = np.dot(np.transpose(W2), dZ2);
  const dZ1 = np.multiply(dA1, np.greater(A1, 0));
  const dW1 = np.add(np.multiply(1 / m, np.dot(dZ1, np.transpose(X))), np.multiply(lambd / m, W1));
  const db1 = np.multiply(1 / m, np.sum(dZ1, { axis: 1, keepdims: true }));
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

export function forwardPropagationWithDropout(X: Matrix, parameters: Params, keepProb = 0.5, rng: RandomState = new RandomState(1)) {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  const Z1 = np.add(np.dot(W1, X), b1);
  const D1 = np.less(rng.rand(Z1.length, Z1[0].length), keepProb);
  const A1 = np.multiply(relu(Z1), D1);
  const Z2 = np.add(np.dot(W2, A1), b2);
  const D2 = np.less(rng.rand(Z2.length, Z2[0].length), keepProb);
  const A2 = np.multiply(relu(Z2), D2);
  const Z3 = np.add(np.dot(W3, A2), b3);
  const A3 = sigmoid(Z3);
  return { A3, cache: { Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3 } };
}

export function backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: Cache, keepProb: number): Grads {
  const m = X[0].length;
  const { D1, A1, D2, A2, W2, A3, W3 } = cache;
  const dZ3 = np.subtract(A3, Y);
  const dW3 = np.multiply(1 / m, np.dot(dZ3, np.transpose(A2)));
  const db3 = np.multiply(1 / m, np.sum(dZ3, { axis: 1, keepdims: true }));
  const dA2 = np.multiply(np.dot(np.transpose(W3), dZ3), D2);
  const dZ2 = np.multiply(dA2, np.greater(A2, 0));
  const dW2 = np.multiply(1 / m, np.dot(dZ2, np.transpose(A1)));
  const db2 = np.multiply(1 / m, np.sum(dZ2, { axis: 1, keepdims: true }));
  const dA1 = np.multiply(np.dot(np.transpose(W2), dZ2), D1);
  const dZ1 = np.multiply(dA1, np.greater(A1, 0));
  const dW1 = np.multiply(1 / m, np.dot(dZ1, np.transpose(X)));
  const db1 = np.multiply(1 / m, np.sum(dZ1, { axis: 1, keepdims: true }));
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}
