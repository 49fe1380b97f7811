"""numpy side of `npm run bench` (test/bench/run-bench.ts), benchmark "tensorflow".

The TensorFlow notebook's model (src/course/week3/tensorflow.ts) in float32 numpy: LINEAR->RELU->
LINEAR->RELU->LINEAR, the summed softmax cross-entropy, and TensorFlow.js's Adam (beta1 0.9, beta2
0.999, epsilon 1e-7, the bias corrections 1 - beta^t kept as float32 products), over mini-batches of
32 columns in order, from the given initial parameters. Prints one line of JSON: {"seconds": the
training only, "lines": the notebook's three lines every 10 epochs}.

Usage: python3 tensorflow_numpy.py DATA.json
DATA.json: {"trainX", "trainLabels", "testX", "testLabels", "initialParameters", "numEpochs"}
"""
import json
import sys
import time

import numpy as np

F = np.float32
KEYS = ["W1", "b1", "W2", "b2", "W3", "b3"]


def forward(X, p):
    Z1 = p["W1"] @ X + p["b1"]
    A1 = np.maximum(Z1, 0)
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = np.maximum(Z2, 0)
    return Z1, A1, Z2, A2, p["W3"] @ A2 + p["b3"]


def log_softmax(Z):
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))


def one_hot(labels):
    Y = np.zeros((6, len(labels)), dtype=F)
    Y[labels, np.arange(len(labels))] = 1
    return Y


def accuracy_text(x):
    return "tf.Tensor(%s, shape=(), dtype=float32)" % str(F(x))


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    X = np.array(data["trainX"], dtype=F)
    Y = one_hot(np.array(data["trainLabels"]))
    Xt = np.array(data["testX"], dtype=F)
    Yt = one_hot(np.array(data["testLabels"]))
    p = {k: np.array(data["initialParameters"][k], dtype=F) for k in KEYS}
    m1 = {k: np.zeros_like(v) for k, v in p.items()}
    m2 = {k: np.zeros_like(v) for k, v in p.items()}
    b1, b2, eps, lr = F(0.9), F(0.999), F(1e-7), F(0.0001)
    acc1, acc2 = F(0.9), F(0.999)
    m = X.shape[1]
    batches = [(X[:, s:s + 32], Y[:, s:s + 32]) for s in range(0, m, 32)]
    test_batches = [(Xt[:, s:s + 32], Yt[:, s:s + 32]) for s in range(0, Xt.shape[1], 32)]
    lines = []
    start = time.perf_counter()
    for epoch in range(int(data["numEpochs"])):
        total = F(0)
        correct = 0
        for Xb, Yb in batches:
            Z1, A1, Z2, A2, Z3 = forward(Xb, p)
            logp = log_softmax(Z3)
            total = F(total + F(-np.sum(Yb * logp)))
            correct += int(np.sum(np.argmax(Z3, axis=0) == np.argmax(Yb, axis=0)))
            dZ3 = np.exp(logp) - Yb
            g = {"W3": dZ3 @ A2.T, "b3": np.sum(dZ3, axis=1, keepdims=True)}
            dZ2 = (p["W3"].T @ dZ3) * (Z2 > 0)
            g["W2"], g["b2"] = dZ2 @ A1.T, np.sum(dZ2, axis=1, keepdims=True)
            dZ1 = (p["W2"].T @ dZ2) * (Z1 > 0)
            g["W1"], g["b1"] = dZ1 @ Xb.T, np.sum(dZ1, axis=1, keepdims=True)
            for k in KEYS:
                m1[k] = m1[k] * b1 + g[k] * F(1 - 0.9)
                m2[k] = m2[k] * b2 + np.square(g[k]) * F(1 - 0.999)
                p[k] = (m1[k] / (F(1) - acc1)) / (np.sqrt(m2[k] / (F(1) - acc2)) + eps) * -lr + p[k]
            acc1, acc2 = F(acc1 * b1), F(acc2 * b2)
        cost = F(total / F(m))
        if epoch % 10 == 0:
            test_correct = sum(int(np.sum(np.argmax(forward(Xb, p)[4], axis=0) == np.argmax(Yb, axis=0))) for Xb, Yb in test_batches)
            lines.append("Cost after epoch %i: %f" % (epoch, cost))
            lines.append("Train accuracy: " + accuracy_text(F(correct / m)))
            lines.append("Test_accuracy: " + accuracy_text(F(test_correct / Xt.shape[1])))
    print(json.dumps({"seconds": time.perf_counter() - start, "lines": lines}))


if __name__ == "__main__":
    main()
