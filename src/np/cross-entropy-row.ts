// Bound once, see ./kernels.
const { log } = Math;

/**
 * One row of the course's cross-entropy terms, `-log(a)·y + (-log(1 − a))·(1 − y)`, elementwise:
 * `out[start + j]` for j < m, from `a[j]` and `y[j]`, with numpy's roundings (see `crossEntropyTerms`,
 * ./cross-entropy, which checks the shapes and calls this for each row).
 */
export function crossEntropyRow(a: number[], y: number[], m: number, out: number[], start: number): void {
  for (let j = 0; j < m; j++) {
    const aj = a[j];
    const yj = y[j];
    if (aj > 0 && aj < 1 && (yj === 1 || yj === 0)) {
      // For 0 < a < 1 both logs are finite and −log(a) > 0, so one log gives the same bits: with
      // y = 1 the second term is ±0 and the (nonzero) first term is the sum; with y = ±0 the first
      // term is y itself (a positive number times ±0), and the sum y + −log(1 − a).
      out[start + j] = yj === 1 ? -log(aj) : yj + -log(1 - aj);
    } else {
      out[start + j] = -log(aj) * yj + -log(1 - aj) * (1 - yj);
    }
  }
}
