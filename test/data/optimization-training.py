"""Reference numbers for week 2 "Optimization Methods", computed with numpy running the course's code.

Writes test/data/optimization-training.json:
  moons           the notebook's training set (np.random.seed(3); make_moons(300, noise=.2), restated
                  from sklearn in numpy as in make-datasets.py), course layout X (2, 300), Y (1, 300)
  testCases       the course's test-case generators (testCases.py, seed 1, in their draw order) and
                  what the graded functions (the course's solution, below) return on them
  short           model() runs of a few epochs: the cost of every epoch and the final parameters
  notebook        the notebook's runs (5000 epochs): printed lines, costs every 100 epochs, accuracy

The code under "opt_utils_v1a.py" and "graded functions" is the course's, with names unchanged.
Run from the project root: python3 test/data/optimization-training.py   (numpy only)
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


# ---- data set (sklearn's make_moons restated, global legacy stream) ----

def make_moons(n_samples, noise):
    n_out = n_samples // 2
    n_in = n_samples - n_out
    outer_x = np.cos(np.linspace(0, np.pi, n_out))
    outer_y = np.sin(np.linspace(0, np.pi, n_out))
    inner_x = 1 - np.cos(np.linspace(0, np.pi, n_in))
    inner_y = 1 - np.sin(np.linspace(0, np.pi, n_in)) - 0.5
    X = np.vstack([np.append(outer_x, inner_x), np.append(outer_y, inner_y)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    idx = np.arange(n_samples)
    np.random.shuffle(idx)
    X, y = X[idx], y[idx]
    X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def load_dataset():
    np.random.seed(3)
    train_X, train_Y = make_moons(n_samples=300, noise=.2)
    return train_X.T, train_Y.reshape((1, train_Y.shape[0]))


# ---- opt_utils_v1a.py ----

def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


def initialize_parameters(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def compute_cost(a3, Y):
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    cost_total = np.sum(logprobs)
    return cost_total


def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
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
    return {"dz3": dz3, "dW3": dW3, "db3": db3, "da2": da2, "dz2": dz2, "dW2": dW2, "db2": db2,
            "da1": da1, "dz1": dz1, "dW1": dW1, "db1": db1}


def predict_accuracy(X, y, parameters):
    a3, _ = forward_propagation(X, parameters)
    p = (a3 > 0.5).astype(int)
    return float(np.mean((p[0, :] == y[0, :])))


# ---- graded functions (the course's solution) ----

def update_parameters_with_gd(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads['dW' + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads['db' + str(l)]
    return parameters


def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    mini_batches = []
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    num_complete_minibatches = math.floor(m / mini_batch_size)
    for k in range(0, num_complete_minibatches):
        mini_batch_X = shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        mini_batch_Y = shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    if m % mini_batch_size != 0:
        mini_batch_X = shuffled_X[:, num_complete_minibatches * mini_batch_size:m]
        mini_batch_Y = shuffled_Y[:, num_complete_minibatches * mini_batch_size:m]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    return mini_batches


def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads['dW' + str(l)]
        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads['db' + str(l)]
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]
    return parameters, v


def initialize_adam(parameters):
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v, s


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                beta1=0.9, beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    v_corrected = {}
    s_corrected = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            v_corrected[g] = v[g] / (1 - beta1 ** t)
            s[g] = beta2 * s[g] + (1 - beta2) * (grads[g] ** 2)
            s_corrected[g] = s[g] / (1 - beta2 ** t)
            parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * v_corrected[g] / (np.sqrt(s_corrected[g]) + epsilon)
    return parameters, v, s, v_corrected, s_corrected


def update_lr(learning_rate0, epoch_num, decay_rate):
    return 1 / (1 + decay_rate * epoch_num) * learning_rate0


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return 1 / (1 + decay_rate * np.floor(epoch_num / time_interval)) * learning_rate0


# ---- the notebook's model() ----

def model(X, Y, layers_dims, optimizer, learning_rate=0.0007, mini_batch_size=64, beta=0.9,
          beta1=0.9, beta2=0.999, epsilon=1e-8, num_epochs=5000, print_cost=True, decay=None, decay_rate=1,
          every_epoch=False):
    costs = []
    lines = []
    t = 0
    seed = 10
    m = X.shape[1]
    learning_rate0 = learning_rate
    parameters = initialize_parameters(layers_dims)
    initial = {k: v.copy() for k, v in parameters.items()}
    if optimizer == "momentum":
        v = initialize_velocity(parameters)
    elif optimizer == "adam":
        v, s = initialize_adam(parameters)
    for i in range(num_epochs):
        seed = seed + 1
        minibatches = random_mini_batches(X, Y, mini_batch_size, seed)
        cost_total = 0
        for minibatch in minibatches:
            (minibatch_X, minibatch_Y) = minibatch
            a3, caches = forward_propagation(minibatch_X, parameters)
            cost_total += compute_cost(a3, minibatch_Y)
            grads = backward_propagation(minibatch_X, minibatch_Y, caches)
            if optimizer == "gd":
                parameters = update_parameters_with_gd(parameters, grads, learning_rate)
            elif optimizer == "momentum":
                parameters, v = update_parameters_with_momentum(parameters, grads, v, beta, learning_rate)
            elif optimizer == "adam":
                t = t + 1
                parameters, v, s, _, _ = update_parameters_with_adam(parameters, grads, v, s, t, learning_rate,
                                                                     beta1, beta2, epsilon)
        cost_avg = cost_total / m
        if decay:
            learning_rate = decay(learning_rate0, i, decay_rate)
        if print_cost and i % 1000 == 0:
            lines.append("Cost after epoch %i: %f" % (i, cost_avg))
            if decay:
                lines.append("learning rate after epoch %i: %f" % (i, learning_rate))
        if every_epoch or (print_cost and i % 100 == 0):
            costs.append(float(cost_avg))
    return parameters, {"initial": initial, "costs": costs, "lines": lines, "t": t, "learningRate": float(learning_rate)}


# ---- the course's test-case generators (testCases.py), seed 1, in their draw order ----

def params_and_grads():
    np.random.seed(1)
    W1 = np.random.randn(2, 3)
    b1 = np.random.randn(2, 1)
    W2 = np.random.randn(3, 3)
    b2 = np.random.randn(3, 1)
    dW1 = np.random.randn(2, 3)
    db1 = np.random.randn(2, 1)
    dW2 = np.random.randn(3, 3)
    db2 = np.random.randn(3, 1)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def zeros_like_grads(parameters):
    return {"d" + k: np.zeros(v.shape) for k, v in parameters.items()}


def as_lists(d):
    return {k: v.tolist() for k, v in d.items()}


def copy(d):
    return {k: v.copy() for k, v in d.items()}


def test_cases():
    out = {}
    parameters, grads = params_and_grads()
    out["gd"] = {"parameters": as_lists(parameters), "grads": as_lists(grads), "learningRate": 0.01,
                 "result": as_lists(update_parameters_with_gd(copy(parameters), grads, 0.01))}

    np.random.seed(1)
    X = np.random.randn(12288, 148)
    Y = np.random.randn(1, 148) < 0.5
    batches = random_mini_batches(X, Y, 64)
    full = {"shapesX": [list(b[0].shape) for b in batches], "shapesY": [list(b[1].shape) for b in batches],
            "sanityCheck": batches[0][0][0][0:3].tolist()}
    # The same generator with 5 rows instead of 12288: X's row 0 (so the sanity check) is unchanged, Y differs.
    np.random.seed(1)
    X = np.random.randn(5, 148)
    Y = np.random.randn(1, 148) < 0.5
    batches = random_mini_batches(X, Y, 64)
    assert batches[0][0][0][0:3].tolist() == full["sanityCheck"]
    out["miniBatches"] = {
        "full": full,
        "nx": 5,
        "X": X.tolist(),
        "Y": Y.astype(float).tolist(),
        "batches": [{"X": b[0].tolist(), "Y": b[1].astype(float).tolist()} for b in batches],
    }
    nx, m = 12288, 148
    np.random.seed(1)
    Xa = np.array([x for x in range(nx * m)]).reshape((m, nx)).T
    Ya = np.random.randn(1, m) < 0.5
    batches = random_mini_batches(Xa, Ya, 64)
    out["miniBatchesArange"] = {
        "first": batches[0][0][0][0:3].tolist(),
        "last": batches[-1][0][-1][0:3].tolist(),
        "Y": Ya.astype(float).tolist(),
    }

    v = zeros_like_grads(parameters)
    p, v = update_parameters_with_momentum(copy(parameters), grads, copy(v), 0.9, 0.01)
    out["momentum"] = {"beta": 0.9, "learningRate": 0.01, "parameters": as_lists(p), "v": as_lists(v)}

    # The notebook's current test case: t = 2, learning_rate = 0.02, beta1 = 0.8, beta2 = 0.888, epsilon = 1e-2.
    v, s = zeros_like_grads(parameters), zeros_like_grads(parameters)
    p, v1, s1, vc, sc = update_parameters_with_adam(copy(parameters), grads, copy(v), copy(s), 2, 0.02, 0.8, 0.888, 1e-2)
    out["adam"] = {"t": 2, "learningRate": 0.02, "beta1": 0.8, "beta2": 0.888, "epsilon": 1e-2,
                   "parameters": as_lists(p), "v": as_lists(v1), "s": as_lists(s1),
                   "vCorrected": as_lists(vc), "sCorrected": as_lists(sc)}
    # The earlier notebook's test case: t = 2 and the default hyperparameters.
    p, v1, s1, vc, sc = update_parameters_with_adam(copy(parameters), grads, copy(v), copy(s), 2)
    out["adamDefaults"] = {"t": 2, "parameters": as_lists(p), "v": as_lists(v1), "s": as_lists(s1),
                           "vCorrected": as_lists(vc), "sCorrected": as_lists(sc)}
    out["updateLr"] = {"args": [0.5, 2, 1], "result": update_lr(0.5, 2, 1)}
    out["scheduleLrDecay"] = [{"args": [0.5, e, 0.3, 100], "result": float(schedule_lr_decay(0.5, e, 0.3, 100))}
                              for e in (10, 100)]
    return out


def dump(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    train_X, train_Y = load_dataset()
    layers_dims = [train_X.shape[0], 5, 2, 1]
    short = {}
    for name, kwargs in [
        ("gd", dict(optimizer="gd")),
        ("momentum", dict(optimizer="momentum")),
        ("adam", dict(optimizer="adam")),
        ("adam-schedule", dict(optimizer="adam", learning_rate=0.01, decay=schedule_lr_decay, decay_rate=1)),
        ("momentum-update-lr", dict(optimizer="momentum", learning_rate=0.1, decay=update_lr, decay_rate=0.3)),
    ]:
        kwargs = dict(kwargs)
        optimizer = kwargs.pop("optimizer")
        decay = kwargs.get("decay")
        if decay is not None:
            kwargs["decay"] = decay
        params, info = model(train_X, train_Y, layers_dims, optimizer, num_epochs=30, every_epoch=True, **kwargs)
        short[name] = {"numEpochs": 30, "options": {k: (v.__name__ if callable(v) else v) for k, v in kwargs.items()},
                       "costs": info["costs"], "lines": info["lines"], "t": info["t"], "learningRate": info["learningRate"],
                       "finalParameters": as_lists(params)}
    notebook = {}
    for name, optimizer, lr, decay in [
        ("gd", "gd", 0.0007, None), ("momentum", "momentum", 0.0007, None), ("adam", "adam", 0.0007, None),
        ("gd-update-lr", "gd", 0.1, update_lr),
        ("gd-schedule", "gd", 0.1, schedule_lr_decay), ("momentum-schedule", "momentum", 0.1, schedule_lr_decay),
        ("adam-schedule", "adam", 0.01, schedule_lr_decay),
    ]:
        params, info = model(train_X, train_Y, layers_dims, optimizer, learning_rate=lr, decay=decay)
        notebook[name] = {"optimizer": optimizer, "learningRate": lr, "decay": decay.__name__ if decay else None,
                          "lines": info["lines"], "costs": info["costs"],
                          "accuracy": predict_accuracy(train_X, train_Y, params)}
        print(name, info["lines"][-1], notebook[name]["accuracy"])
    dump(os.path.join(HERE, "optimization-training.json"), {
        "about": "Week 2 Optimization: numpy running the course's code (opt_utils_v1a.py, the graded functions' "
                 "solution and the notebook's model). Written by optimization-training.py.",
        "numpy": np.__version__,
        "moons": {"X": train_X.tolist(), "Y": train_Y.astype(float).tolist()},
        "initialParameters": as_lists(initialize_parameters(layers_dims)),
        "testCases": test_cases(),
        "short": short,
        "notebook": notebook,
    })
