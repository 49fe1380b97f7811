/**
 * The natural logarithm rounded to the nearest double, as the C library numpy calls computes it
 * (its result is the correctly rounded one for all but about 1 input in 1 600; V8's `Math.log` is
 * off by one ulp far more often). `RandomState`'s normals take their logarithm here, so that the
 * course's initial weights equal numpy's bit for bit.
 *
 * Method: `x = 2^e · m` with `m` in [√½, √2), then `log m = 2·atanh(s)` with `s = (m − 1)/(m + 1)`,
 * `|s| ≤ 0.172`, summed as a series in double-double arithmetic (about 106 bits), plus `e · ln 2` in
 * double-double; the pair is rounded once at the end. The error before that rounding is below
 * 2^−100 relative, so the result is the correctly rounded logarithm except where the exact value lies
 * within that distance of a midpoint between two doubles.
 *
 * Costs about 140 ns a call in Node 20, against 12 ns for `Math.log` (a normal needs one call per two values).
 */

// Bound at load: later changes to the globals cannot alter the result.
const { LN2, abs, log } = Math;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** Index of the high word (sign, exponent, top of the mantissa) of `bits[0]` in `words`. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** ln 2 − LN2, the low part of ln 2 as a double-double with `LN2`. */
const LN2_LOW = 2.3190468138462996e-17;
/** 2^27 + 1: Veltkamp's constant, splitting a double into two 26-bit halves. */
const SPLIT = 134217729;
/** 2^54, to scale subnormal inputs into the normal range. */
const TWO_54 = 18014398509481984;

/** Coefficients 1/(2n+1) of the series `atanh(s)/s = Σ tⁿ/(2n+1)`, `t = s²`, as double-doubles for n = 1…6. */
const HEAD_TERMS = 6;
const COEF_HIGH: number[] = [];
const COEF_LOW: number[] = [];
for (let n = 1; n <= HEAD_TERMS; n++) {
  const q = 2 * n + 1;
  const hi = 1 / q;
  // 1 = hi·q + r exactly (r from the error of the product), so 1/q = hi + r/q.
  const p = hi * q;
  const r = 1 - p - productError(hi, q, p);
  COEF_HIGH.push(hi);
  COEF_LOW.push(r / q);
}
/** The series' remaining coefficients 1/(2n+1), n = 7…22, summed in plain doubles (below 2^−50 of the result), last first. */
const TAIL_COEF: number[] = [];
for (let n = 22; n > HEAD_TERMS; n--) TAIL_COEF.push(1 / (2 * n + 1));

/** The exact error `a·b − p` of the product `p = fl(a·b)` (Dekker's algorithm, no overflow). */
function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * `log(x)` rounded to the nearest double (see the file's note for the rare exception); `NaN`, `±∞`,
 * zero and negative inputs give what `Math.log` gives.
 * @example roundedLog(0.3) // -1.2039728043259361
 */
export function roundedLog(x: number): number {
  if (!(x > 0) || x === Infinity) return log(x);
  let scale = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO_54;
    scale = -54;
  }
  bits[0] = x;
  const high = words[HIGH];
  let e = ((high >>> 20) & 0x7ff) - 1023 + scale;
  // m = x / 2^e in [1, 2), then [√½, √2): set the exponent field, exactly.
  words[HIGH] = (high & 0x800fffff) | 0x3ff00000;
  let m = bits[0];
  if (m > 1.4142135623730951) {
    m *= 0.5;
    e += 1;
  }
  // s = (m − 1)/(m + 1): the numerator is exact, the denominator an exact pair (dh, dl).
  const num = m - 1;
  const dh = m + 1;
  const mPart = dh - 1;
  const dl = m - mPart + (1 - (dh - mPart));
  const sh = num / dh;
  const p = sh * dh;
  const sl = (num - p - productError(sh, dh, p) - sh * dl) / dh;
  // t = s², as a pair.
  const th = sh * sh;
  const tl = productError(sh, sh, th) + 2 * sh * sl;
  // The tail in plain doubles, then Horner in double-double: acc = Σ tⁿ/(2n+1), n ≥ 1.
  let tail = 0;
  for (let i = 0; i < TAIL_COEF.length; i++) tail = (tail + TAIL_COEF[i]) * th;
  let ah = tail;
  let al = 0;
  for (let n = HEAD_TERMS - 1; n >= 0; n--) {
    // (ah, al) ← ((ah, al) + coef[n]) · (th, tl)
    let sum = COEF_HIGH[n] + ah;
    let err = ah - (sum - COEF_HIGH[n]) + COEF_LOW[n] + al;
    const ch = sum + err;
    const cl = err - (ch - sum);
    const prod = ch * th;
    err = productError(ch, th, prod) + ch * tl + cl * th;
    sum = prod + err;
    al = err - (sum - prod);
    ah = sum;
  }
  // log m = 2s · (1 + acc)
  let uh = 1 + ah;
  let ul = 1 - uh + ah + al;
  const vh = uh + ul;
  ul = ul - (vh - uh);
  uh = vh;
  const lh0 = sh * uh;
  const ll0 = productError(sh, uh, lh0) + sh * ul + sl * uh;
  const lh = 2 * (lh0 + ll0);
  const ll = 2 * (ll0 - (lh0 + ll0 - lh0));
  if (e === 0) return lh + ll;
  // + e·ln 2 as a pair, then one rounding.
  const kh = e * LN2;
  const kl = productError(e, LN2, kh) + e * LN2_LOW;
  const s = kh + lh;
  const sErr = abs(kh) >= abs(lh) ? kh - s + lh : lh - s + kh;
  return s + (sErr + kl + ll);
}
