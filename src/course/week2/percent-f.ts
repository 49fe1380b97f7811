/**
 * `percentF(x, digits)`: the text of Python's `"%.<digits>f" % x` (`"%f"` is 6 digits), as the
 * Optimization notebook prints its costs and learning rates ("Cost after epoch %i: %f").
 *
 * Both languages round the exact binary value to `digits` decimals; they differ only on exact
 * ties (x·10^digits ending in exactly .5), where JavaScript's `toFixed` rounds away from zero and
 * Python to even. A tie happens only when x·2^(digits+1) is an odd integer (e.g. 0.0078125 = 1/128:
 * Python "0.007812", `toFixed` "0.007813"), so ties are found exactly and rounded to even with BigInt.
 * Also like Python: `nan`, `inf`, `-inf`, the sign of −0 ("-0.000000") and full digits from 1e21 up.
 */
export function percentF(x: number, digits = 6): string {
  if (!Number.isInteger(digits) || digits < 0 || digits > 100) {
    throw new RangeError(`percentF: digits must be an integer in [0, 100], got ${digits}`);
  }
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const magnitude = Math.abs(x);
  const fraction = digits > 0 ? `.${"0".repeat(digits)}` : "";
  if (magnitude >= 1e21) return `${sign}${BigInt(magnitude).toString()}${fraction}`;
  const twice = magnitude * 2 ** (digits + 1); // exact: a power-of-two scaling
  if (Number.isSafeInteger(twice) && twice % 2 === 1) {
    // magnitude·10^digits = twice·5^digits / 2 = n + 0.5 exactly, with n = (twice·5^digits − 1) / 2.
    let n = (BigInt(twice) * 5n ** BigInt(digits) - 1n) / 2n;
    if (n % 2n === 1n) n += 1n;
    return `${sign}${withDecimals(n.toString(), digits)}`;
  }
  return `${sign}${magnitude.toFixed(digits)}`;
}

/** The integer text `n` (the value times 10^digits) with a decimal point `digits` from the right. */
function withDecimals(n: string, digits: number): string {
  if (digits === 0) return n;
  const padded = n.padStart(digits + 1, "0");
  return `${padded.slice(0, padded.length - digits)}.${padded.slice(padded.length - digits)}`;
}
