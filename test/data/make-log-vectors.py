"""Writes test/data/rounded-log.json: inputs x and log(x) rounded to the nearest double, for
test/random/rounded-log.test.ts, with the C library's own math.log(x) beside it.

Run from the project root: python3 test/data/make-log-vectors.py

The exact logarithm comes from decimal at 60 digits (Decimal(x) is exact, Decimal.ln is correctly
rounded at that precision, float(Decimal) rounds to nearest). Inputs: the squared radii r2 = x1² + x2²
in (0, 1) that the polar method feeds to log (x1, x2 uniform in (-1, 1)), values spread over every
binade, and edge values. Doubles are written with float.hex, so nothing is lost.
"""
import json
import math
import os
import random
from decimal import Decimal, getcontext

getcontext().prec = 60
random.seed(2026)
xs = []
while len(xs) < 4000:
    x1, x2 = 2 * random.random() - 1, 2 * random.random() - 1
    r2 = x1 * x1 + x2 * x2
    if 0 < r2 < 1:
        xs.append(r2)
xs += [math.ldexp(random.random() + 0.5, random.randint(-1074, 1023)) for _ in range(2000)]
xs = [x for x in xs if x > 0 and math.isfinite(x)]
xs += [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 1.0, 2.0, 1.0000000000000002, 0.9999999999999999, 1.7976931348623157e308]
vectors = [[x.hex(), float(Decimal(x).ln()).hex(), math.log(x).hex()] for x in xs]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rounded-log.json"), "w") as f:
    json.dump({"columns": ["x", "log rounded to nearest", "math.log"], "vectors": vectors}, f, separators=(",", ":"))
