"""numpy side of `npm run bench` for Gradient Checking (test/bench/run-bench.ts).

Runs the notebook's gradient_check_n (with its helpers: forward_propagation_n on the course's forward
pass, dictionary_to_vector, vector_to_dictionary, gradients_to_vector, as the course writes them) `repeats` times on the
parameters, gradients and data in a JSON file, and prints one line of JSON:
{"seconds": the repeated checks only, "lines": ["difference = <the last difference>"]}.

Usage: python3 gradient-checking_numpy.py DATA.json
DATA.json: {"X": [[...]], "Y": [[...]], "parameters": {"W1": ..., ...}, "gradients": {"dW1": ..., ...}, "repeats": 2000}
"""
import importlib.util
import json
import os
import sys
import time

import numpy as np

# The course's forward pass (gc_utils and reg_utils share the net) lives in the test data script, so the
# benchmark and the test numbers share one copy.
_spec = importlib.util.spec_from_file_location(
    "regularization_training",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "regularization-training.py"))
course = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course)


def forward_propagation_n(X, Y, parameters):
    """gc_utils' forward_propagation_n: the net's forward pass, then the cost with np.sum (not nansum)."""
    m = X.shape[1]
    A3, _ = course.forward_propagation(X, parameters)
    log_probs = np.multiply(-np.log(A3), Y) + np.multiply(-np.log(1 - A3), 1 - Y)
    return 1. / m * np.sum(log_probs)


KEYS = ["W1", "b1", "W2", "b2", "W3", "b3"]


def dictionary_to_vector(parameters):
    return np.concatenate([np.reshape(parameters[k], (-1, 1)) for k in KEYS], axis=0)


def vector_to_dictionary(theta, parameters):
    out, start = {}, 0
    for k in KEYS:
        n = parameters[k].size
        out[k] = theta[start:start + n].reshape(parameters[k].shape)
        start += n
    return out


def gradients_to_vector(gradients):
    return np.concatenate([np.reshape(gradients["d" + k], (-1, 1)) for k in KEYS], axis=0)


def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    parameters_values = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    J_plus = np.zeros((num_parameters, 1))
    J_minus = np.zeros((num_parameters, 1))
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(parameters_values)
        theta_plus[i][0] = theta_plus[i][0] + epsilon
        J_plus[i] = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, parameters))
        theta_minus = np.copy(parameters_values)
        theta_minus[i][0] = theta_minus[i][0] - epsilon
        J_minus[i] = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, parameters))
        gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    X = np.array(data["X"], dtype=float)
    Y = np.array(data["Y"], dtype=float)
    parameters = {k: np.array(v, dtype=float) for k, v in data["parameters"].items()}
    gradients = {k: np.array(v, dtype=float) for k, v in data["gradients"].items()}
    repeats = int(data.get("repeats", 1))
    start = time.perf_counter()
    difference = None
    for _ in range(repeats):
        difference = gradient_check_n(parameters, gradients, X, Y)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "lines": ["difference = {}".format(float(difference))]}))


if __name__ == "__main__":
    main()
