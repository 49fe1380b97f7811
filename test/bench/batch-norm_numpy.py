"""numpy side of `npm run bench` (test/bench/run-bench.ts), benchmark "batch-norm".

The net of src/course/week3/batch-norm-net.ts written in numpy: hidden layers LINEAR (no bias) ->
BATCHNORM (train mode, the lecture's formulas) -> RELU, output LINEAR -> SIGMOID; He weights drawn
layer by layer from np.random.RandomState(seed), then each epoch rng.permutation(m) and mini-batches of
64 in that order, plain gradient descent. Prints one line of JSON: {"seconds": the training only,
"lines": "Cost after epoch i: %f" every 20 epochs}.

Usage: python3 batch-norm_numpy.py DATA.json
DATA.json: {"X", "Y", "layersDims", "numEpochs", "learningRate", "seed"}
"""
import json
import sys
import time

import numpy as np

EPS = 1e-5


def batchnorm_forward(Z, gamma, beta):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    Znorm = (Z - mu) / np.sqrt(var + EPS)
    return gamma * Znorm + beta, (Znorm, var, gamma)


def batchnorm_backward(dout, cache):
    Znorm, var, gamma = cache
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Znorm, axis=1, keepdims=True)
    dxhat = dout * gamma
    dZ = (1.0 / m) / np.sqrt(var + EPS) * (m * dxhat - np.sum(dxhat, axis=1, keepdims=True) - Znorm * np.sum(dxhat * Znorm, axis=1, keepdims=True))
    return dZ, dgamma, dbeta


def train(X, Y, dims, num_epochs, lr, seed):
    rng = np.random.RandomState(seed)
    L = len(dims) - 1
    p = {}
    for l in range(1, L + 1):
        p["W%d" % l] = rng.randn(dims[l], dims[l - 1]) * np.sqrt(2 / dims[l - 1])
        if l < L:
            p["gamma%d" % l] = np.ones((dims[l], 1))
            p["beta%d" % l] = np.zeros((dims[l], 1))
        else:
            p["b%d" % l] = np.zeros((dims[l], 1))
    m = X.shape[1]
    lines = []
    for epoch in range(num_epochs):
        order = rng.permutation(m)
        total = 0.0
        for start in range(0, m, 64):
            cols = order[start:start + 64]
            A, Yb = X[:, cols], Y[:, cols]
            caches = []
            for l in range(1, L + 1):
                Z = np.dot(p["W%d" % l], A)
                if l < L:
                    pre, bn = batchnorm_forward(Z, p["gamma%d" % l], p["beta%d" % l])
                    caches.append((A, bn, pre))
                    A = np.maximum(0, pre)
                else:
                    pre = Z + p["b%d" % l]
                    caches.append((A, None, pre))
                    A = 1 / (1 + np.exp(-pre))
            n = len(cols)
            total += np.sum(np.where(Yb == 1, -np.log(A), -np.log(1 - A))) / n * n
            g = {}
            dpre = (A - Yb) / n
            for l in range(L, 0, -1):
                Aprev, bn, _ = caches[l - 1]
                if bn is not None:
                    dZ, g["gamma%d" % l], g["beta%d" % l] = batchnorm_backward(dpre, bn)
                else:
                    dZ = dpre
                    g["b%d" % l] = np.sum(dpre, axis=1, keepdims=True)
                g["W%d" % l] = np.dot(dZ, Aprev.T)
                if l > 1:
                    dpre = np.dot(p["W%d" % l].T, dZ) * (caches[l - 2][2] > 0)
            for k in p:
                p[k] = p[k] - lr * g[k]
        if epoch % 20 == 0:
            lines.append("Cost after epoch %i: %f" % (epoch, total / m))
    return lines


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    X = np.array(data["X"], dtype=float)
    Y = np.array(data["Y"], dtype=float)
    start = time.perf_counter()
    lines = train(X, Y, data["layersDims"], int(data["numEpochs"]), float(data["learningRate"]), int(data["seed"]))
    print(json.dumps({"seconds": time.perf_counter() - start, "lines": lines}))


if __name__ == "__main__":
    main()
