"""numpy side of `npm run bench` (test/bench/run-bench.ts), benchmark "optimization".

Trains the Optimization notebook's model (opt_utils_v1a.py, the graded functions' solution and the
notebook's model loop, shared with test/data/optimization-training.py) on the data in a JSON file and
prints one line of JSON: {"seconds": the training only, "lines": what the notebook prints every 1000
epochs, "finalParameters"}.

Usage: python3 optimization_numpy.py DATA.json
DATA.json: {"X": [[...]], "Y": [[...]], "layersDims": [2, 5, 2, 1], "optimizer": "adam", "numEpochs": 5000}
"""
import importlib.util
import json
import os
import sys
import time

import numpy as np

# The course code lives in the test data script, so the benchmark and the test numbers share one copy.
_spec = importlib.util.spec_from_file_location(
    "optimization_training",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "optimization-training.py"))
course = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course)


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    X = np.array(data["X"], dtype=float)
    Y = np.array(data["Y"], dtype=float)
    start = time.perf_counter()
    parameters, info = course.model(X, Y, data["layersDims"], data["optimizer"], num_epochs=int(data["numEpochs"]))
    seconds = time.perf_counter() - start
    print(json.dumps({
        "seconds": seconds,
        "lines": info["lines"],
        "finalParameters": {k: v.tolist() for k, v in parameters.items()},
    }))


if __name__ == "__main__":
    main()
