"""numpy side of `npm run bench` (test/bench/run-bench.ts).

Trains the Initialization notebook's net (init_utils.py's helpers and the notebook's model loop)
from the data and initial parameters in a JSON file, and prints one line of JSON:
{"seconds": the training loop only, "costs" and "lines": what the notebook prints every 1000 iterations,
"finalCost", "finalParameters"}.

Usage: python3 initialization_numpy.py DATA.json
DATA.json: {"X": [[...]], "Y": [[...]], "initialParameters": {"W1": [[...]], "b1": ..., ...}, "numIterations": 15000}
"""
import importlib.util
import json
import os
import sys
import time

import numpy as np

# The course code lives in the test data script, so the benchmark and the test numbers share one copy.
_spec = importlib.util.spec_from_file_location(
    "initialization_training",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "initialization-training.py"))
course = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course)


def model(X, Y, parameters, learning_rate=0.01, num_iterations=15000, print_cost=True):
    """The notebook's model() with the initializer's output passed in."""
    costs = []
    lines = []
    for i in range(0, num_iterations):
        a3, cache = course.forward_propagation(X, parameters)
        cost = course.compute_loss(a3, Y)
        grads = course.backward_propagation(X, Y, cache)
        parameters = course.update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            lines.append("Cost after iteration {}: {}".format(i, cost))
            costs.append(cost)
    return parameters, costs, lines, cost


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    num_iterations = int(data.get("numIterations", 15000))
    X = np.array(data["X"], dtype=float)
    Y = np.array(data["Y"], dtype=float)
    parameters = {k: np.array(v, dtype=float) for k, v in data["initialParameters"].items()}
    start = time.perf_counter()
    parameters, costs, lines, cost = model(X, Y, parameters, num_iterations=num_iterations)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "seconds": seconds,
        "costs": [float(c) for c in costs],
        "lines": lines,
        "finalCost": float(cost),
        "finalParameters": {k: v.tolist() for k, v in parameters.items()},
    }))


if __name__ == "__main__":
    main()
