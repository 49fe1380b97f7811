/**
 * `num` evenly spaced numbers from `start` to `stop`, as `np.linspace(start, stop, num, endpoint)`
 * computes them: `step = (stop − start) / div` with `div = num − 1` (endpoint) or `num` (no endpoint),
 * value `i` is `i·step + start`, and with the endpoint the last value is set to `stop` exactly.
 * (When `step` underflows to 0 numpy uses `(i / div)·(stop − start) + start`; so does this.)
 *
 * @param num a non-negative integer; `linspace(a, b, 1)` is `[a]`.
 * @param endpoint include `stop` as the last value (numpy's default, true).
 * @returns a vector of length `num`.
 * @example linspace(0, 1, 5) // [0, 0.25, 0.5, 0.75, 1]
 * @example linspace(0, 1, 4, false) // [0, 0.25, 0.5, 0.75]
 */
export function linspace(start: number, stop: number, num: number, endpoint = true): number[] {
  if (typeof num !== "number" || !Number.isSafeInteger(num) || num < 0) {
    throw new RangeError(`linspace: num must be a non-negative integer, got ${String(num)}`);
  }
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = delta / div;
  const out: number[] = [];
  for (let i = 0; i < num; i++) {
    if (div <= 0) out.push(i * delta + start);
    else if (step === 0) out.push((i / div) * delta + start);
    else out.push(i * step + start);
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}
