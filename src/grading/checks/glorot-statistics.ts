/**
 * Statistical tests that a set of parameters was drawn Glorot-normal: each `W`/`b` of shape
 * `(fanOut, fanIn)` centred, with standard deviation `σ = sqrt(2 / (fanIn + fanOut))`, normal tails.
 *
 * Two conventions are correct: Keras's `GlorotNormal` (a normal truncated at 2 standard deviations,
 * rescaled so that its standard deviation is σ) and TensorFlow.js's `initializers.glorotNormal` (the
 * same truncated normal without the rescaling: standard deviation 0.8796·σ); a plain `randomNormal`
 * with σ is accepted too. Every band allows 4 standard errors of sampling noise, so a correct
 * initializer fails with a probability far below one in ten thousand whatever its seed.
 */

/** Standard deviation of a standard normal truncated to [−2, 2]. */
export const TRUNCATED_STD = 0.8796256610342398;
/** Kurtosis E[x⁴]/E[x²]² of a normal truncated to [−2, 2]; a normal has 3, a uniform 1.8. */
export const TRUNCATED_KURTOSIS = 2.3655367171296495;
/** Below this many values in all, the shape of the distribution is not judged. */
export const MIN_VALUES_FOR_KURTOSIS = 2000;

/** Glorot's σ for a parameter of 2-D `shape` (fans: its two dimensions). */
export function glorotStd(shape: readonly number[]): number {
  const [fanOut, fanIn] = shape;
  return Math.sqrt(2 / (fanIn + fanOut));
}

/** Mean and standard deviation (about the mean) of `data`. */
export function moments(data: ArrayLike<number>): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  const mean = sum / data.length;
  let squares = 0;
  for (let i = 0; i < data.length; i++) squares += (data[i] - mean) ** 2;
  return { mean, std: Math.sqrt(squares / data.length) };
}

/** The accepted range of std/σ for `n` values. */
export function stdRatioBand(n: number): [number, number] {
  const noise = 4 / Math.sqrt(2 * n);
  return [TRUNCATED_STD * (1 - noise), 1 + noise];
}

/** The accepted range of the pooled kurtosis for `n` values in all. */
export function kurtosisBand(n: number): [number, number] {
  const noise = 4 * Math.sqrt(24 / n);
  return [TRUNCATED_KURTOSIS - noise, 3 + noise];
}

/**
 * One initialized parameter as the Glorot tests see it: its key (`W1`, `b1`, …), 2-D shape
 * `(fanOut, fanIn)` and values, row-major.
 */
export interface NamedParameter {
  name: string;
  shape: number[];
  data: ArrayLike<number>;
}

function fixed(x: number): string {
  return x.toFixed(3);
}

/** What is wrong with one parameter's statistics, or undefined. */
export function parameterProblem({ name, shape, data }: NamedParameter): string | undefined {
  const sigma = glorotStd(shape);
  const { mean, std } = moments(data);
  if (std === 0 && data.length > 1) {
    return `${name} is constant (every entry ${mean}): the course draws every parameter, biases too, from the Glorot-normal initializer`;
  }
  const ratio = std / sigma;
  const [low, high] = stdRatioBand(data.length);
  if (ratio < low || ratio > high) {
    return `${name} has standard deviation ${fixed(ratio)} × sqrt(2 / (fan_in + fan_out)); Glorot normal gives ${fixed(TRUNCATED_STD)}–1.000 × (fans ${shape[1]} and ${shape[0]})`;
  }
  if (Math.abs(mean) > (4 * sigma) / Math.sqrt(data.length)) {
    return `${name} has mean ${fixed(mean / sigma)} × sqrt(2 / (fan_in + fan_out)); Glorot normal is centred on 0`;
  }
  return undefined;
}

/** Kurtosis of all values pooled, each scaled by its parameter's σ; undefined below the minimum count. */
export function pooledKurtosis(parameters: readonly NamedParameter[]): { kurtosis: number; n: number } | undefined {
  let n = 0;
  let m2 = 0;
  let m4 = 0;
  for (const { shape, data } of parameters) {
    const sigma = glorotStd(shape);
    for (let i = 0; i < data.length; i++) {
      const u = (data[i] / sigma) ** 2;
      m2 += u;
      m4 += u * u;
    }
    n += data.length;
  }
  if (n < MIN_VALUES_FOR_KURTOSIS) return undefined;
  return { kurtosis: m4 / n / (m2 / n) ** 2, n };
}

/** Every statistical problem of `parameters`, the shape of the distribution last. */
export function glorotProblems(parameters: readonly NamedParameter[]): string[] {
  const problems = parameters.flatMap((p) => parameterProblem(p) ?? []);
  const pooled = pooledKurtosis(parameters);
  if (pooled) {
    const [low, high] = kurtosisBand(pooled.n);
    if (pooled.kurtosis < low || pooled.kurtosis > high) {
      const advice =
        pooled.kurtosis < low
          ? "flatter than a normal (a uniform has 1.800): use a Glorot normal initializer (initializers.glorotNormal), not glorotUniform"
          : "heavier-tailed than a normal: draw from a normal (truncated at 2σ or not)";
      problems.push(
        `the values are ${advice}; their kurtosis is ${fixed(pooled.kurtosis)}, a normal's 3.000, a normal truncated at 2σ ${fixed(TRUNCATED_KURTOSIS)}`,
      );
    }
  }
  return problems;
}
