"""numpy side of `npm run bench` (test/bench/run-bench.ts), benchmarks "regularization",
"regularization-l2" and "regularization-dropout" (test/bench/regularization.bench.ts).

Trains the Regularization notebook's net with the course code (test/data/regularization-training.py:
reg_utils.py, the notebook's solutions and its model loop) from the data and initial parameters in a
JSON file, with one of the notebook's settings, and prints one line of JSON:
{"seconds": the training loop only, "lines": the costs it prints every 10000 iterations, "finalParameters"}.

Usage: python3 regularization_numpy.py DATA.json
DATA.json: {"X", "Y", "initialParameters": {"W1": [[...]], ...}, "setting": "none"|"l2"|"dropout", "numIterations": 30000}
"""
import importlib.util
import json
import os
import sys
import time

import numpy as np

_spec = importlib.util.spec_from_file_location(
    "regularization_training",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "regularization-training.py"))
course = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course)


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    setting = course.SETTINGS[data["setting"]]
    num_iterations = int(data.get("numIterations", 30000))
    X = np.array(data["X"], dtype=float)
    Y = np.array(data["Y"], dtype=float)
    parameters = {k: np.array(v, dtype=float) for k, v in data["initialParameters"].items()}
    np.seterr(all="ignore")
    start = time.perf_counter()
    parameters, costs, lines = course.model(X, Y, parameters, num_iterations=num_iterations, **setting)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "seconds": seconds,
        "lines": lines,
        "finalParameters": {k: v.tolist() for k, v in parameters.items()},
    }))


if __name__ == "__main__":
    main()
