"""Writes test/data/numpy-datasets.json: the course's data sets, computed with numpy only.

scikit-learn is not installed here, so make_circles and make_moons below restate its
algorithms (sklearn/datasets/_samples_generator.py) in plain numpy, drawing from the global
legacy stream exactly as the course notebooks do (np.random.seed, then random_state=None):

    n_out = n // 2, n_in = n - n_out
    points as below, labels 0 (outer) then 1 (inner)
    sklearn.utils.shuffle: idx = arange(n); rng.shuffle(idx); X, y = X[idx], y[idx]
    X += rng.normal(scale=noise, size=X.shape)

Run from the project root: python3 test/data/make-datasets.py
Output in the course layout: X is (2, n), Y is (1, n).
"""
import json
import numpy as np


def finish(outer_x, outer_y, inner_x, inner_y, n_out, n_in, noise, rng):
    X = np.vstack([np.append(outer_x, inner_x), np.append(outer_y, inner_y)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    idx = np.arange(X.shape[0])
    rng.shuffle(idx)
    X, y = X[idx], y[idx]
    X += rng.normal(scale=noise, size=X.shape)
    return X, y


def make_circles(n_samples, noise, factor=0.8, rng=np.random):
    n_out = n_samples // 2
    n_in = n_samples - n_out
    linspace_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    linspace_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    return finish(np.cos(linspace_out), np.sin(linspace_out),
                  np.cos(linspace_in) * factor, np.sin(linspace_in) * factor, n_out, n_in, noise, rng)


def make_moons(n_samples, noise, rng=np.random):
    n_out = n_samples // 2
    n_in = n_samples - n_out
    outer_x = np.cos(np.linspace(0, np.pi, n_out))
    outer_y = np.sin(np.linspace(0, np.pi, n_out))
    inner_x = 1 - np.cos(np.linspace(0, np.pi, n_in))
    inner_y = 1 - np.sin(np.linspace(0, np.pi, n_in)) - 0.5
    return finish(outer_x, outer_y, inner_x, inner_y, n_out, n_in, noise, rng)


def course_layout(X, y):
    return {"X": X.T.tolist(), "Y": y.reshape((1, y.shape[0])).tolist()}


np.random.seed(1)
train = course_layout(*make_circles(300, 0.05))
np.random.seed(2)
test = course_layout(*make_circles(100, 0.05))
np.random.seed(3)
moons = course_layout(*make_moons(300, 0.2))

# Odd sizes and other seeds, to pin down n_out = n // 2 and the linspace endpoints.
np.random.seed(4)
circles_odd = course_layout(*make_circles(7, 0.1, factor=0.5))
np.random.seed(5)
moons_odd = course_layout(*make_moons(9, 0.0))

# np.linspace itself, on the course's angles and edge cases (num 0 and 1, step underflow to 0).
linspace_cases = [
    (0, 2 * np.pi, 150, False), (0, 2 * np.pi, 50, False), (0, np.pi, 150, True), (0, np.pi, 4, True),
    (0, 1, 5, True), (0, 1, 4, False), (-3, 7.5, 13, False), (2.5, -1, 7, True), (0, 1, 1, True),
    (0, 1, 1, False), (0, 1, 0, True), (1, 1, 4, True), (5e-324, 1e-323, 3, True), (0.1, 0.7, 9, True),
]
linspace = [{"args": [float(a), float(b), n, e], "out": np.linspace(a, b, n, endpoint=e).tolist()}
            for a, b, n, e in linspace_cases]

doc = {
    "about": "Course data sets from test/data/make-datasets.py (sklearn's make_circles/make_moons "
             "restated in numpy, legacy np.random.seed). X is (2, n), Y is (1, n).",
    "numpy": np.__version__,
    "initialization": {"train": train, "test": test},
    "optimization": moons,
    "linspace": linspace,
    "extra": {
        "circles(7, noise 0.1, factor 0.5) seed 4": circles_odd,
        "moons(9, noise 0) seed 5": moons_odd,
    },
}
with open("test/data/numpy-datasets.json", "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")

print("train X sum", repr(float(np.sum(np.array(train["X"])))), "first", np.array(train["X"])[:, :5], train["Y"][0][:10])
print("moons X sum", repr(float(np.sum(np.array(moons["X"])))), np.array(moons["X"])[:, :5])
