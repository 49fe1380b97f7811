"""Writes test/data/batch-norm.json: batch normalization computed with numpy on inputs drawn as
reference/week3/batch-norm.inputs.ts draws them, for test/reference/week3/batch-norm.test.ts.

Run from the project root: python3 test/data/batch-norm.py

The lecture's formulas in the course layout (units x examples), written as a numpy student would:
np.mean / np.var over axis 1 (np.var is biased), eps inside the square root, the running averages
momentum*running + (1 - momentum)*batch; the backward through the batch statistics.
"""
import json
import numpy as np


def draw(n, m, seed, running=False):
    rs = np.random.RandomState(seed)
    Z = rs.randn(n, m) * (np.arange(n)[:, None] + 1) + (np.arange(n)[:, None] - 1)
    gamma = 1 + 0.5 * rs.randn(n, 1)
    beta = rs.randn(n, 1)
    bn = {}
    if running:
        bn["runningMean"] = rs.randn(n, 1)
        bn["runningVar"] = rs.rand(n, 1) + 0.5
    return Z, gamma, beta, bn


def forward(Z, gamma, beta, mode, eps, momentum, rm, rv):
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        Znorm = (Z - mu) / np.sqrt(var + eps)
        return gamma * Znorm + beta, Znorm, mu, var, momentum * rm + (1 - momentum) * mu, momentum * rv + (1 - momentum) * var
    Znorm = (Z - rm) / np.sqrt(rv + eps)
    return gamma * Znorm + beta, Znorm, rm, rv, rm, rv


def backward(dout, Znorm, var, gamma, eps):
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Znorm, axis=1, keepdims=True)
    dxhat = dout * gamma
    dZ = (1.0 / m) / np.sqrt(var + eps) * (m * dxhat - np.sum(dxhat, axis=1, keepdims=True) - Znorm * np.sum(dxhat * Znorm, axis=1, keepdims=True))
    return dZ, dgamma, dbeta


cases = []
for n, m, seed, mode, eps, momentum, running in [(4, 5, 1, "train", 1e-5, 0.9, False), (3, 8, 2, "train", 1e-3, 0.8, True), (4, 5, 5, "test", 1e-5, 0.9, True)]:
    Z, gamma, beta, bn = draw(n, m, seed, running)
    rm = bn.get("runningMean", np.zeros((n, 1)))
    rv = bn.get("runningVar", np.zeros((n, 1)))
    out, Znorm, mu, var, new_rm, new_rv = forward(Z, gamma, beta, mode, eps, momentum, rm, rv)
    dout = np.random.RandomState(seed + 100).randn(n, m)
    dZ, dgamma, dbeta = backward(dout, Znorm, var, gamma, eps)
    cases.append({
        "draw": [n, m, seed, running], "mode": mode, "eps": eps, "momentum": momentum,
        "out": out.tolist(), "mu": mu.tolist(), "sigma2": var.tolist(), "runningMean": new_rm.tolist(), "runningVar": new_rv.tolist(),
        "dOutSeed": seed + 100, "dZ": dZ.tolist(), "dGamma": dgamma.tolist(), "dBeta": dbeta.tolist(),
    })

with open("test/data/batch-norm.json", "w") as f:
    json.dump({"numpy": np.__version__, "cases": cases}, f, indent=1)
    f.write("\n")
