/**
 * Inner loops shared by src/np and the course helpers, on trusted, already-checked inputs.
 *
 * Speed notes (Node 20, the course's shapes): rows from `newRow` are packed V8 double arrays and
 * arrays of rows from `newRows` packed arrays, the kinds a JSON matrix of doubles has, so kernels mostly
 * see one elements kind whether given the data or a result (a mixed call site measured ~25% slower;
 * making results packed, ~5% faster on the Initialization training); products keep several
 * independent accumulators in registers, 2–3× faster than accumulating through memory.
 *
 * Summation order, everywhere: each output of a product is the sequential sum over the inner index,
 * starting from the first product: `((x0·y0 + x1·y1) + x2·y2) + …`, one rounding per operation.
 */

// Globals bound once: code under jest (and so the graders) runs in a vm context, where every global
// lookup (`Math`) passes an interceptor and costs ~100× a local one (nodejs/node#31658).
const { floor } = Math;

/** Rows are cut from this packed double array (V8's PACKED_DOUBLE_ELEMENTS), grown when a longer row is asked for. */
let template: number[] = [0.5];

/**
 * A fresh row of length n, a packed double array (V8's PACKED_DOUBLE_ELEMENTS, the kind a JSON
 * array of doubles has): a slice of `template`, which V8 copies in one block. A `new Array(n)`
 * would be holey, and every load from a holey double array checks for the hole.
 * The contents are unspecified: callers fill every element.
 */
export function newRow(n: number): number[] {
  if (n > template.length) grow(n);
  return template.slice(0, n);
}

function grow(n: number): void {
  const longer: number[] = [0.5];
  const size = n > 2 * template.length ? n : 2 * template.length;
  for (let j = 1; j < size; j++) longer.push(0.5);
  template = longer;
}

/** Row arrays are cut from this packed array of placeholder rows, grown when more rows are asked for. */
let rowsTemplate: number[][] = [];

/**
 * A fresh array for n rows, a packed array (V8's PACKED_ELEMENTS, the kind of a JSON array of rows):
 * a slice of `rowsTemplate`, whose entries (an empty row) callers replace, every one. A `new Array(n)`
 * would be holey: each `a[i]` then checks for the hole, and a kernel given both a JSON matrix and one
 * of ours sees two kinds of array.
 */
export function newRows(n: number): number[][] {
  if (n > rowsTemplate.length) growRows(n);
  return rowsTemplate.slice(0, n);
}

function growRows(n: number): void {
  const placeholder: number[] = [];
  const longer: number[][] = [];
  const size = n > 2 * rowsTemplate.length ? n : 2 * rowsTemplate.length;
  for (let i = 0; i < size; i++) longer.push(placeholder);
  rowsTemplate = longer;
}

/**
 * The n fresh rows of length p a product writes into (`product`, `productTN`, `productTransposed`),
 * zero-filled when the inner dimension is empty: nothing is summed then, and an empty product is 0.
 */
export function productRows(n: number, p: number, emptyInner: boolean): number[][] {
  const out = newRows(n);
  for (let i = 0; i < n; i++) out[i] = emptyInner ? newRow(p).fill(0) : newRow(p);
  return out;
}

/**
 * `out[j] = Σ_t x[t]·b[t][j]` for j < p (one row of a matrix product `x·B`, B of shape (k, p), k ≥ 1).
 */
export function rowTimesMatrix(x: number[], b: number[][], k: number, p: number, out: number[]): void {
  const x0 = x[0];
  const b0 = b[0];
  const p4 = p - (p % 4);
  let j = 0;
  if (k <= 3) {
    shortRowTimesMatrix(x, b, k, p, out);
    return;
  }
  for (; j < p4; j += 4) {
    let s0 = x0 * b0[j], s1 = x0 * b0[j + 1], s2 = x0 * b0[j + 2], s3 = x0 * b0[j + 3];
    for (let t = 1; t < k; t++) {
      const xt = x[t];
      const bt = b[t];
      s0 += xt * bt[j]; s1 += xt * bt[j + 1]; s2 += xt * bt[j + 2]; s3 += xt * bt[j + 3];
    }
    out[j] = s0; out[j + 1] = s1; out[j + 2] = s2; out[j + 3] = s3;
  }
  for (; j < p; j++) {
    let s = x0 * b0[j];
    for (let t = 1; t < k; t++) s += x[t] * b[t][j];
    out[j] = s;
  }
}

/**
 * `rowTimesMatrix` for an inner dimension k of 1 to 3 (the course's first layer, `(n, 2)·(2, m)`, and
 * the backward products through its narrow layers): each output's k products summed in the same
 * order, `(x0·b0[j] + x1·b1[j]) + x2·b2[j]`, with no inner loop, four outputs a turn.
 */
function shortRowTimesMatrix(x: number[], b: number[][], k: number, p: number, out: number[]): void {
  const x0 = x[0], b0 = b[0];
  const p4 = p - (p % 4);
  let j = 0;
  if (k === 1) {
    for (; j < p4; j += 4) { out[j] = x0 * b0[j]; out[j + 1] = x0 * b0[j + 1]; out[j + 2] = x0 * b0[j + 2]; out[j + 3] = x0 * b0[j + 3]; }
    for (; j < p; j++) out[j] = x0 * b0[j];
    return;
  }
  const x1 = x[1], b1 = b[1];
  if (k === 2) {
    for (; j < p4; j += 4) {
      out[j] = x0 * b0[j] + x1 * b1[j]; out[j + 1] = x0 * b0[j + 1] + x1 * b1[j + 1];
      out[j + 2] = x0 * b0[j + 2] + x1 * b1[j + 2]; out[j + 3] = x0 * b0[j + 3] + x1 * b1[j + 3];
    }
    for (; j < p; j++) out[j] = x0 * b0[j] + x1 * b1[j];
    return;
  }
  const x2 = x[2], b2 = b[2];
  for (; j < p4; j += 4) {
    out[j] = x0 * b0[j] + x1 * b1[j] + x2 * b2[j]; out[j + 1] = x0 * b0[j + 1] + x1 * b1[j + 1] + x2 * b2[j + 1];
    out[j + 2] = x0 * b0[j + 2] + x1 * b1[j + 2] + x2 * b2[j + 2]; out[j + 3] = x0 * b0[j + 3] + x1 * b1[j + 3] + x2 * b2[j + 3];
  }
  for (; j < p; j++) out[j] = x0 * b0[j] + x1 * b1[j] + x2 * b2[j];
}

/**
 * Rows `i` and `i + 1` of a product at once: `ox[j] = Σ_t x[t]·b[t][j]` and `oy[j] = Σ_t y[t]·b[t][j]`
 * for j < p (B of shape (k, p), k ≥ 1), each output summed as in `rowTimesMatrix`. Each `b[t][j]` is
 * loaded once for both rows: eight independent sums (two rows × four columns) in flight, measured
 * ~15% faster than two calls of `rowTimesMatrix` on the course's (5, 10)·(10, 300).
 */
export function twoRowsTimesMatrix(x: number[], y: number[], b: number[][], k: number, p: number, ox: number[], oy: number[]): void {
  if (k <= 3) {
    shortTwoRowsTimesMatrix(x, y, b, k, p, ox, oy);
    return;
  }
  const x0 = x[0], y0 = y[0];
  const b0 = b[0];
  const p4 = p - (p % 4);
  let j = 0;
  for (; j < p4; j += 4) {
    const c0 = b0[j], c1 = b0[j + 1], c2 = b0[j + 2], c3 = b0[j + 3];
    let s0 = x0 * c0, s1 = x0 * c1, s2 = x0 * c2, s3 = x0 * c3;
    let u0 = y0 * c0, u1 = y0 * c1, u2 = y0 * c2, u3 = y0 * c3;
    for (let t = 1; t < k; t++) {
      const xt = x[t], yt = y[t];
      const bt = b[t];
      const d0 = bt[j], d1 = bt[j + 1], d2 = bt[j + 2], d3 = bt[j + 3];
      s0 += xt * d0; s1 += xt * d1; s2 += xt * d2; s3 += xt * d3;
      u0 += yt * d0; u1 += yt * d1; u2 += yt * d2; u3 += yt * d3;
    }
    ox[j] = s0; ox[j + 1] = s1; ox[j + 2] = s2; ox[j + 3] = s3;
    oy[j] = u0; oy[j + 1] = u1; oy[j + 2] = u2; oy[j + 3] = u3;
  }
  for (; j < p; j++) {
    const c = b0[j];
    let s = x0 * c, u = y0 * c;
    for (let t = 1; t < k; t++) {
      const d = b[t][j];
      s += x[t] * d;
      u += y[t] * d;
    }
    ox[j] = s;
    oy[j] = u;
  }
}

/** `twoRowsTimesMatrix` for an inner dimension k of 1 to 3: each output as in `shortRowTimesMatrix`, two rows a turn. */
function shortTwoRowsTimesMatrix(x: number[], y: number[], b: number[][], k: number, p: number, ox: number[], oy: number[]): void {
  const x0 = x[0], y0 = y[0], b0 = b[0];
  let j = 0;
  if (k === 1) {
    for (; j < p; j++) {
      const c0 = b0[j];
      ox[j] = x0 * c0;
      oy[j] = y0 * c0;
    }
    return;
  }
  const x1 = x[1], y1 = y[1], b1 = b[1];
  if (k === 2) {
    for (; j < p; j++) {
      const c0 = b0[j], c1 = b1[j];
      ox[j] = x0 * c0 + x1 * c1;
      oy[j] = y0 * c0 + y1 * c1;
    }
    return;
  }
  const x2 = x[2], y2 = y[2], b2 = b[2];
  for (; j < p; j++) {
    const c0 = b0[j], c1 = b1[j], c2 = b2[j];
    ox[j] = x0 * c0 + x1 * c1 + x2 * c2;
    oy[j] = y0 * c0 + y1 * c1 + y2 * c2;
  }
}

/**
 * `out = a·b` for `a` (n, k), `b` (k, p), k ≥ 1, into `out` (n rows of length p): rows of `a` two at a
 * time (`twoRowsTimesMatrix`), an odd last row alone (`rowTimesMatrix`).
 */
export function product(a: number[][], b: number[][], n: number, k: number, p: number, out: number[][]): void {
  let i = 0;
  for (; i + 1 < n; i += 2) twoRowsTimesMatrix(a[i], a[i + 1], b, k, p, out[i], out[i + 1]);
  if (i < n) rowTimesMatrix(a[i], b, k, p, out[i]);
}

/**
 * `out = aᵀ·b` for `a` (k, n), `b` (k, p), k ≥ 1, into `out` (n rows of length p): row `i` of the
 * result is column `i` of `a` times `b`, two columns at a time.
 */
export function productTN(a: number[][], b: number[][], n: number, k: number, p: number, out: number[][]): void {
  let i = 0;
  for (; i + 1 < n; i += 2) twoRowsTimesMatrix(column(a, i, k), column(a, i + 1, k), b, k, p, out[i], out[i + 1]);
  if (i < n) rowTimesMatrix(column(a, i, k), b, k, p, out[i]);
}

/**
 * `a·bᵀ` for `a` (n, m) and `b` (k, m), m ≥ 1, into `out` (n rows of length k): dot products of rows.
 * Two rows of `a` against three (then two, then one) rows of `b` at a time: six independent sums in
 * flight, so the additions overlap instead of waiting on each other (against four rows, V8 ran out of
 * registers and kept two of the eight sums in memory: measured 15–25% slower on the course's shapes);
 * an odd last row of `a` goes alone, against four rows of `b` at a time.
 */
export function productTransposed(a: number[][], b: number[][], n: number, k: number, m: number, out: number[][]): void {
  let i = 0;
  for (; i + 1 < n; i += 2) twoRowsTimesTransposed(a[i], a[i + 1], b, k, m, out[i], out[i + 1]);
  if (i < n) oneRowTimesTransposed(a[i], b, k, m, out[i]);
}

/** The last row of an odd `a` in `productTransposed`: one row against four rows of `b` at a time, then one. */
function oneRowTimesTransposed(x: number[], b: number[][], k: number, m: number, ox: number[]): void {
  const x0 = x[0];
  let t = 0;
  for (; t + 3 < k; t += 4) {
    const b0 = b[t], b1 = b[t + 1], b2 = b[t + 2], b3 = b[t + 3];
    let s0 = x0 * b0[0], s1 = x0 * b1[0], s2 = x0 * b2[0], s3 = x0 * b3[0];
    for (let j = 1; j < m; j++) {
      const xj = x[j];
      s0 += xj * b0[j]; s1 += xj * b1[j]; s2 += xj * b2[j]; s3 += xj * b3[j];
    }
    ox[t] = s0; ox[t + 1] = s1; ox[t + 2] = s2; ox[t + 3] = s3;
  }
  for (; t < k; t++) {
    const b0 = b[t];
    let s0 = x0 * b0[0];
    for (let j = 1; j < m; j++) s0 += x[j] * b0[j];
    ox[t] = s0;
  }
}

function twoRowsTimesTransposed(x: number[], y: number[], b: number[][], k: number, m: number, ox: number[], oy: number[]): void {
  const x0 = x[0], y0 = y[0];
  let t = 0;
  for (; t + 2 < k; t += 3) {
    const b0 = b[t], b1 = b[t + 1], b2 = b[t + 2];
    let s0 = x0 * b0[0], s1 = x0 * b1[0], s2 = x0 * b2[0];
    let u0 = y0 * b0[0], u1 = y0 * b1[0], u2 = y0 * b2[0];
    for (let j = 1; j < m; j++) {
      const xj = x[j], yj = y[j], c0 = b0[j], c1 = b1[j], c2 = b2[j];
      s0 += xj * c0; s1 += xj * c1; s2 += xj * c2;
      u0 += yj * c0; u1 += yj * c1; u2 += yj * c2;
    }
    ox[t] = s0; ox[t + 1] = s1; ox[t + 2] = s2;
    oy[t] = u0; oy[t + 1] = u1; oy[t + 2] = u2;
  }
  for (; t + 1 < k; t += 2) {
    const b0 = b[t], b1 = b[t + 1];
    let s0 = x0 * b0[0], s1 = x0 * b1[0], u0 = y0 * b0[0], u1 = y0 * b1[0];
    for (let j = 1; j < m; j++) {
      const xj = x[j], yj = y[j], c0 = b0[j], c1 = b1[j];
      s0 += xj * c0; s1 += xj * c1; u0 += yj * c0; u1 += yj * c1;
    }
    ox[t] = s0; ox[t + 1] = s1; oy[t] = u0; oy[t + 1] = u1;
  }
  if (t < k) {
    const b0 = b[t];
    let s0 = x0 * b0[0], u0 = y0 * b0[0];
    for (let j = 1; j < m; j++) {
      const c0 = b0[j];
      s0 += x[j] * c0; u0 += y[j] * c0;
    }
    ox[t] = s0; oy[t] = u0;
  }
}

/**
 * `out = P − s·G` elementwise (`np.subtract(P, np.multiply(s, G))`: a multiplication, then a
 * subtraction), for `G` and `out` of `P`'s shape; `out` may be `P` itself (a gradient step in place).
 */
export function subtractScaledInto(P: number[][], s: number, G: number[][], out: number[][]): void {
  for (let i = 0; i < P.length; i++) {
    const p = P[i], g = G[i], o = out[i];
    for (let j = 0; j < p.length; j++) o[j] = p[j] - s * g[j];
  }
}

/** Column `j` of `a` (rows `0 … k−1`) as a new row. */
export function column(a: number[][], j: number, k: number): number[] {
  const out = newRow(k);
  for (let t = 0; t < k; t++) out[t] = a[t][j];
  return out;
}

/**
 * numpy's pairwise summation of `x[start … start+n)` (`pairwise_sum` in numpy's umath loops): below 8
 * elements a plain loop; up to 128, eight interleaved partial sums combined as
 * ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the remainder in order; above 128, split at half rounded
 * down to a multiple of 8. numpy adds the result to the reduction's initial 0 (so -0 becomes +0): callers do too.
 */
export function pairwiseSum(x: number[], start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += x[start + i];
    return res;
  }
  if (n <= 128) {
    let r0 = x[start], r1 = x[start + 1], r2 = x[start + 2], r3 = x[start + 3];
    let r4 = x[start + 4], r5 = x[start + 5], r6 = x[start + 6], r7 = x[start + 7];
    const end = start + n - (n % 8);
    let i = start + 8;
    for (; i < end; i += 8) {
      r0 += x[i]; r1 += x[i + 1]; r2 += x[i + 2]; r3 += x[i + 3];
      r4 += x[i + 4]; r5 += x[i + 5]; r6 += x[i + 6]; r7 += x[i + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < start + n; i++) res += x[i];
    return res;
  }
  let n2 = floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(x, start, n2) + pairwiseSum(x, start + n2, n - n2);
}
