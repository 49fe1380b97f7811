/**
 * `pythonFloat(x)`: the text Python's `str(x)` / `repr(x)` / `"{}".format(x)` gives for a float
 * (numpy's float64 prints the same), so logs read exactly like the notebooks'.
 *
 * Digits: both languages print the shortest string that round-trips, so they share the digits;
 * only the layout differs. Python writes fixed notation when the decimal exponent e (x = d.ddd·10^e)
 * satisfies −4 ≤ e < 16, always with a fractional part ("5.0"), and otherwise scientific notation
 * with a signed, at least two-digit exponent ("1e-05", "1.5e+16"); `nan`, `inf`, `-inf`, `-0.0`.
 */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() without an argument gives the shortest round-trip digits: "1.2345e-7".
  const [mantissa, exponentText] = Math.abs(x).toExponential().split("e");
  const exponent = Number(exponentText);
  const digits = mantissa.replace(".", "");
  if (exponent < -4 || exponent >= 16) {
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${e < 10 ? "0" : ""}${e}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const intLength = exponent + 1;
  if (digits.length <= intLength) return `${sign}${digits}${"0".repeat(intLength - digits.length)}.0`;
  return `${sign}${digits.slice(0, intLength)}.${digits.slice(intLength)}`;
}
