"""Reference numbers for the Regularization assignment's tests, computed with numpy.

Writes regularization-training.json beside this script:
  data         the regularization data set (src/datasets/regularization-data.ts's algorithm on
               np.random.RandomState(1) for 211 training points and RandomState(2) for 200 test points)
  initialParameters   reg_utils.initialize_parameters([2, 20, 3, 1]) (seed 3)
  runs         for each of the notebook's three settings (no regularization, L2 with lambd = 0.7,
               dropout with keep_prob = 0.86): the course's model() loop for `short_iterations`
               iterations, the cost at every `every`th iteration and the final parameters; and the
               notebook's full 30000-iteration run: its printed costs and the train/test accuracy

The course code (reg_utils.py and the notebook's solutions) is below, verbatim apart from names.
Run: python3 test/data/regularization-training.py   (numpy only; floats round-trip exactly through JSON)
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


# ---- the data set (src/datasets/regularization-data.ts) ----

def make_wavy_boundary(n, rs):
    u = rs.rand(n, 2)
    x1 = -0.75 + 1.35 * u[:, 0]
    x2 = -0.75 + 1.4 * u[:, 1]
    f = x2 - (0.15 * np.sin(4 * x1) + 0.3 * x1)
    y = (f > 0).astype(int)
    v = rs.rand(n)
    flip = v < 0.02 + 0.35 * np.exp(-(f / 0.07) ** 2)
    y = np.where(flip, 1 - y, y)
    return np.vstack([x1, x2]), y.reshape(1, n)


def load_2D_dataset():
    train_X, train_Y = make_wavy_boundary(211, np.random.RandomState(1))
    test_X, test_Y = make_wavy_boundary(200, np.random.RandomState(2))
    return train_X, train_Y, test_X, test_Y


# ---- reg_utils.py ----

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def relu(x):
    s = np.maximum(0, x)
    return s


def initialize_parameters(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def backward_propagation(X, Y, cache):
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def update_parameters(parameters, grads, learning_rate):
    n = len(parameters) // 2
    for k in range(n):
        parameters["W" + str(k + 1)] = parameters["W" + str(k + 1)] - learning_rate * grads["dW" + str(k + 1)]
        parameters["b" + str(k + 1)] = parameters["b" + str(k + 1)] - learning_rate * grads["db" + str(k + 1)]
    return parameters


def compute_cost(a3, Y):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    cost = 1. / m * np.nansum(logprobs)
    return cost


def predict_accuracy(X, y, parameters):
    a3, _ = forward_propagation(X, parameters)
    p = (a3 > 0.5).astype(int)
    return float(np.mean((p[0, :] == y[0, :])))


# ---- the notebook's graded functions (solutions) ----

def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]
    cross_entropy_cost = compute_cost(A3, Y)
    L2_regularization_cost = lambd * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3))) / (2 * m)
    return cross_entropy_cost + L2_regularization_cost


def backward_propagation_with_regularization(X, Y, cache, lambd):
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T) + (lambd * W3) / m
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T) + (lambd * W2) / m
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T) + (lambd * W1) / m
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def forward_propagation_with_dropout(X, parameters, keep_prob=0.5):
    np.random.seed(1)
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    D1 = np.random.rand(A1.shape[0], A1.shape[1])
    D1 = (D1 < keep_prob).astype(int)
    A1 = A1 * D1
    A1 = A1 / keep_prob
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    D2 = np.random.rand(A2.shape[0], A2.shape[1])
    D2 = (D2 < keep_prob).astype(int)
    A2 = A2 * D2
    A2 = A2 / keep_prob
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def backward_propagation_with_dropout(X, Y, cache, keep_prob):
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dA2 = dA2 * D2
    dA2 = dA2 / keep_prob
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dA1 = dA1 * D1
    dA1 = dA1 / keep_prob
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


# ---- the notebook's model(), from given initial parameters ----

def model(X, Y, parameters, learning_rate=0.3, num_iterations=30000, lambd=0, keep_prob=1, every=1000, print_every=10000):
    costs = []
    lines = []
    for i in range(0, num_iterations):
        if keep_prob == 1:
            a3, cache = forward_propagation(X, parameters)
        elif keep_prob < 1:
            a3, cache = forward_propagation_with_dropout(X, parameters, keep_prob)
        if lambd == 0:
            cost = compute_cost(a3, Y)
        else:
            cost = compute_cost_with_regularization(a3, Y, parameters, lambd)
        assert (lambd == 0 or keep_prob == 1)
        if lambd == 0 and keep_prob == 1:
            grads = backward_propagation(X, Y, cache)
        elif lambd != 0:
            grads = backward_propagation_with_regularization(X, Y, cache, lambd)
        elif keep_prob < 1:
            grads = backward_propagation_with_dropout(X, Y, cache, keep_prob)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % print_every == 0:
            lines.append("Cost after iteration {}: {}".format(i, cost))
        if i % every == 0:
            costs.append(float(cost))
    return parameters, costs, lines


SETTINGS = {"none": dict(lambd=0, keep_prob=1), "l2": dict(lambd=0.7, keep_prob=1), "dropout": dict(lambd=0, keep_prob=0.86)}


def as_lists(params):
    return {k: v.tolist() for k, v in params.items()}


def copy(params):
    return {k: v.copy() for k, v in params.items()}


def main():
    train_X, train_Y, test_X, test_Y = load_2D_dataset()
    initial = initialize_parameters([train_X.shape[0], 20, 3, 1])
    short_iterations, every = 300, 50
    runs = {}
    for name, setting in SETTINGS.items():
        params, costs, _ = model(train_X, train_Y, copy(initial), num_iterations=short_iterations, every=every, **setting)
        full, _, lines = model(train_X, train_Y, copy(initial), **setting)
        runs[name] = {
            **setting,
            "costs": costs,
            "finalParameters": as_lists(params),
            "notebook": {
                "lines": lines,
                "trainAccuracy": predict_accuracy(train_X, train_Y, full),
                "testAccuracy": predict_accuracy(test_X, test_Y, full),
            },
        }
    out = {
        "data": {"trainX": train_X.tolist(), "trainY": train_Y.tolist(), "testX": test_X.tolist(), "testY": test_Y.tolist()},
        "initialParameters": as_lists(initial),
        "learningRate": 0.3,
        "shortIterations": short_iterations,
        "costEvery": every,
        "runs": runs,
    }
    with open(os.path.join(HERE, "regularization-training.json"), "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
