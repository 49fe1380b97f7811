"""Reference numbers for test/course/week1/initialization.test.ts, computed with numpy.

Writes two files beside this script:
  circles-train.json            the Initialization notebook's training set (sklearn's make_circles
                                algorithm, re-implemented here so sklearn is not needed), course layout
  initialization-training.json  the course code (init_utils.py, verbatim below) trained for 2000
                                iterations from He initialization: the initial and final parameters
                                and the cost at every 100th iteration; and the notebook's full run
                                (15000 iterations): its printed costs and the training accuracy

Run: python3 test/data/initialization-training.py   (numpy only; floats round-trip exactly through JSON)
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def make_circles(n_samples=100, noise=None, factor=0.8):
    """sklearn.datasets.make_circles(n_samples, shuffle=True, noise, random_state=None, factor),
    drawing from the global numpy stream as the notebook does."""
    n_out = n_samples // 2
    n_in = n_samples - n_out
    linspace_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    linspace_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    outer_x, outer_y = np.cos(linspace_out), np.sin(linspace_out)
    inner_x, inner_y = np.cos(linspace_in) * factor, np.sin(linspace_in) * factor
    X = np.vstack([np.append(outer_x, inner_x), np.append(outer_y, inner_y)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    idx = np.arange(n_samples)  # sklearn.utils.shuffle -> resample(replace=False)
    np.random.shuffle(idx)
    X, y = X[idx], y[idx]
    if noise is not None:
        X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def load_train():
    np.random.seed(1)
    train_X, train_Y = make_circles(n_samples=300, noise=.05)
    return train_X.T, train_Y.reshape((1, train_Y.shape[0]))


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2. / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


# ---- init_utils.py (course code, verbatim apart from names of unused helpers) ----

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def relu(x):
    s = np.maximum(0, x)
    return s


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]
    z1 = np.dot(W1, X) + b1
    a1 = relu(z1)
    z2 = np.dot(W2, a1) + b2
    a2 = relu(z2)
    z3 = np.dot(W3, a2) + b3
    a3 = sigmoid(z3)
    cache = (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3)
    return a3, cache


def backward_propagation(X, Y, cache):
    m = X.shape[1]
    (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3) = cache
    dz3 = 1. / m * (a3 - Y)
    dW3 = np.dot(dz3, a2.T)
    db3 = np.sum(dz3, axis=1, keepdims=True)
    da2 = np.dot(W3.T, dz3)
    dz2 = np.multiply(da2, np.int64(a2 > 0))
    dW2 = np.dot(dz2, a1.T)
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(W2.T, dz2)
    dz1 = np.multiply(da1, np.int64(a1 > 0))
    dW1 = np.dot(dz1, X.T)
    db1 = np.sum(dz1, axis=1, keepdims=True)
    gradients = {"dz3": dz3, "dW3": dW3, "db3": db3,
                 "da2": da2, "dz2": dz2, "dW2": dW2, "db2": db2,
                 "da1": da1, "dz1": dz1, "dW1": dW1, "db1": db1}
    return gradients


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for k in range(L):
        parameters["W" + str(k + 1)] = parameters["W" + str(k + 1)] - learning_rate * grads["dW" + str(k + 1)]
        parameters["b" + str(k + 1)] = parameters["b" + str(k + 1)] - learning_rate * grads["db" + str(k + 1)]
    return parameters


def compute_loss(a3, Y):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    loss = 1. / m * np.nansum(logprobs)
    return loss


# ---- the notebook's model() loop, recording every 100th cost ----

def train(X, Y, parameters, learning_rate=0.01, num_iterations=2000, every=100):
    costs = []
    for i in range(0, num_iterations):
        a3, cache = forward_propagation(X, parameters)
        cost = compute_loss(a3, Y)
        grads = backward_propagation(X, Y, cache)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % every == 0:
            costs.append(float(cost))
    return parameters, costs


def predict_accuracy(X, y, parameters):
    a3, _ = forward_propagation(X, parameters)
    p = (a3 > 0.5).astype(int)
    return float(np.mean((p[0, :] == y[0, :])))


def as_lists(params):
    return {k: v.tolist() for k, v in params.items()}


def dump(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    X, Y = load_train()
    dump(os.path.join(HERE, "circles-train.json"), {
        "about": "Initialization notebook training set: np.random.seed(1); make_circles(n_samples=300, noise=.05); "
                 "course layout X (2, 300), Y (1, 300). Written by initialization-training.py.",
        "numpy": np.__version__,
        "X": X.tolist(),
        "Y": Y.astype(float).tolist(),
    })
    initial = initialize_parameters_he([X.shape[0], 10, 5, 1])
    final, costs = train(X, Y, {k: v.copy() for k, v in initial.items()})
    full, full_costs = train(X, Y, {k: v.copy() for k, v in initial.items()}, num_iterations=15000, every=1000)
    dump(os.path.join(HERE, "initialization-training.json"), {
        "about": "Course code (init_utils.py) trained with numpy on circles-train.json from He initialization "
                 "(np.random.seed(3)), learning_rate 0.01, 2000 iterations; costs[k] is the cost at iteration 100*k. "
                 "Written by initialization-training.py.",
        "numpy": np.__version__,
        "learningRate": 0.01,
        "numIterations": 2000,
        "costEvery": 100,
        "initialParameters": as_lists(initial),
        "costs": costs,
        "finalParameters": as_lists(final),
        "model": {
            "about": "the notebook's model(initialization='he'): 15000 iterations, the costs it prints "
                     "(iterations 0, 1000, ...) and predict()'s accuracy on the training set",
            "numIterations": 15000,
            "costs": full_costs,
            "trainAccuracy": predict_accuracy(X, Y, full),
        },
    })
    print("X[:, :5] =", X[:, :5], "sum", X.sum(), "Y[:10]", Y[0, :10])
    print("costs", costs[:3], "...", costs[-1], "model", full_costs[-1], predict_accuracy(X, Y, full))
