/**
 * The numerics of `pnpm clusters` (scripts/clusters.ts): PPMI weighting of a sparse count matrix, a randomized SVD,
 * and a divisive binary tree over the resulting vectors. Plain typed arrays, fixed iteration counts and a caller's
 * seeded generator, so results are the same on every run and machine (IEEE doubles, operations in a fixed order).
 */

/** A sparse matrix by rows (CSR): row r has columns col[start[r] … start[r+1]) with values val[…]. */
export interface SparseRows {
  n: number;
  d: number;
  start: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

/**
 * Counts → positive PMI in place, with the context distribution raised to `alpha` (rare contexts otherwise get
 * inflated PMI). Rows and columns with no counts stay empty.
 */
export function ppmiRows(m: SparseRows, alpha: number): void {
  const colSum = new Float64Array(m.d);
  for (let k = 0; k < m.start[m.n]!; k++) colSum[m.col[k]!]! += m.val[k]!;
  let z = 0;
  for (let c = 0; c < m.d; c++) z += colSum[c]! ** alpha;
  for (let r = 0; r < m.n; r++) {
    let rowSum = 0;
    for (let k = m.start[r]!; k < m.start[r + 1]!; k++) rowSum += m.val[k]!;
    for (let k = m.start[r]!; k < m.start[r + 1]!; k++) {
      const pc = colSum[m.col[k]!]! ** alpha / z;
      m.val[k] = Math.max(0, Math.log(m.val[k]! / rowSum / pc));
    }
  }
}

/** Y (n × l, row-major) = M · W (d × l). */
function times(m: SparseRows, w: Float64Array, l: number): Float64Array {
  const y = new Float64Array(m.n * l);
  for (let r = 0; r < m.n; r++) {
    const yo = r * l;
    for (let k = m.start[r]!; k < m.start[r + 1]!; k++) {
      const v = m.val[k]!;
      if (v === 0) continue;
      const wo = m.col[k]! * l;
      for (let j = 0; j < l; j++) y[yo + j]! += v * w[wo + j]!;
    }
  }
  return y;
}

/** Z (d × l) = Mᵀ · Q (n × l). */
function timesTransposed(m: SparseRows, q: Float64Array, l: number): Float64Array {
  const z = new Float64Array(m.d * l);
  for (let r = 0; r < m.n; r++) {
    const qo = r * l;
    for (let k = m.start[r]!; k < m.start[r + 1]!; k++) {
      const v = m.val[k]!;
      if (v === 0) continue;
      const zo = m.col[k]! * l;
      for (let j = 0; j < l; j++) z[zo + j]! += v * q[qo + j]!;
    }
  }
  return z;
}

/** Gram matrix AᵀA (l × l) of a row-major rows × l matrix. */
function gram(a: Float64Array, rows: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  for (let r = 0; r < rows; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const ai = a[o + i]!;
      if (ai === 0) continue;
      const gi = i * l;
      for (let j = i; j < l; j++) g[gi + j]! += ai * a[o + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]!;
  return g;
}

/**
 * Orthonormal columns spanning a's, in place (Cholesky QR, twice: CholQR2 is as accurate as Householder for the
 * well-conditioned sketches met here, and touches the tall matrix row by row). A column with no mass is zeroed.
 */
export function orthonormalize(a: Float64Array, rows: number, l: number): void {
  for (let pass = 0; pass < 2; pass++) {
    const g = gram(a, rows, l);
    // Cholesky g = RᵀR (R upper, stored in g's upper triangle).
    const r = new Float64Array(l * l);
    for (let j = 0; j < l; j++) {
      let d = g[j * l + j]!;
      for (let k = 0; k < j; k++) d -= r[k * l + j]! ** 2;
      const rjj = d > 1e-12 * (g[j * l + j]! + 1e-300) ? Math.sqrt(d) : 0;
      r[j * l + j] = rjj;
      for (let i = j + 1; i < l; i++) {
        let s = g[j * l + i]!;
        for (let k = 0; k < j; k++) s -= r[k * l + j]! * r[k * l + i]!;
        r[j * l + i] = rjj > 0 ? s / rjj : 0;
      }
    }
    // a ← a R⁻¹, row by row (forward substitution).
    const row = new Float64Array(l);
    for (let t = 0; t < rows; t++) {
      const o = t * l;
      for (let j = 0; j < l; j++) {
        let s = a[o + j]!;
        for (let k = 0; k < j; k++) s -= row[k]! * r[k * l + j]!;
        row[j] = r[j * l + j]! > 0 ? s / r[j * l + j]! : 0;
      }
      a.set(row, o);
    }
  }
}

/** Eigenvalues (descending) and eigenvectors (columns of vecs, row-major l × l) of a symmetric matrix: cyclic Jacobi. */
export function symmetricEigen(m: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => a[y * l + y]! - a[x * l + x]! || x - y);
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  order.forEach((src, dst) => {
    values[dst] = a[src * l + src]!;
    // Sign fixed so that the largest component is positive: the decomposition is then unique.
    let big = 0;
    for (let k = 0; k < l; k++) if (Math.abs(v[k * l + src]!) > Math.abs(big)) big = v[k * l + src]!;
    const sign = big < 0 ? -1 : 1;
    for (let k = 0; k < l; k++) vectors[k * l + dst] = sign * v[k * l + src]!;
  });
  return { values, vectors };
}

/** A standard normal deviate from a uniform generator (Box–Muller). */
function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Rows of U_k·√Σ_k of a randomized rank-k SVD of m (Halko et al. 2011, algorithm 4.4 with `power` iterations),
 * each scaled to unit length: n × k, row-major.
 */
export function randomizedSvd(m: SparseRows, k: number, random: () => number, power: number): Float64Array {
  const l = k + 10;
  const omega = new Float64Array(m.d * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
  let q = times(m, omega, l);
  orthonormalize(q, m.n, l);
  for (let it = 0; it < power; it++) {
    const z = timesTransposed(m, q, l);
    orthonormalize(z, m.d, l);
    q = times(m, z, l);
    orthonormalize(q, m.n, l);
  }
  // B = Qᵀ M (l × d), held transposed; B Bᵀ = Btᵀ Bt, whose eigenvectors are B's left singular vectors.
  const bt = timesTransposed(m, q, l);
  const { values, vectors } = symmetricEigen(gram(bt, m.d, l), l);
  const out = new Float64Array(m.n * k);
  const scale = new Float64Array(k);
  for (let j = 0; j < k; j++) scale[j] = Math.max(0, values[j]!) ** 0.25; // √σ, σ = √λ
  for (let r = 0; r < m.n; r++) {
    let norm = 0;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < l; i++) s += q[r * l + i]! * vectors[i * l + j]!;
      s *= scale[j]!;
      out[r * k + j] = s;
      norm += s * s;
    }
    if (norm > 0) for (let j = 0; j < k; j++) out[r * k + j]! /= Math.sqrt(norm);
  }
  return out;
}

/**
 * A binary tree over n unit vectors of `dims` dimensions, split top-down to at most `depth` levels: each node's members
 * are split by the sign of their projection on the node's principal direction (Boley's PDDP), refined by four rounds
 * of spherical 2-means. Returns per vector its path as an integer with a leading 1 bit: 0b1 is the root, 0b10 and
 * 0b11 its children, so prefixes of different lengths never collide.
 */
export function bisect(x: Float64Array, n: number, dims: number, depth: number, random: () => number): Int32Array {
  const codes = new Int32Array(n).fill(1);
  const start = new Float64Array(dims);
  for (let j = 0; j < dims; j++) start[j] = gaussian(random);
  let level: Int32Array[] = [Int32Array.from({ length: n }, (_, i) => i)];
  for (let d = 0; d < depth && level.length; d++) {
    const next: Int32Array[] = [];
    for (const members of level) {
      if (members.length < 2) continue;
      const side = splitNode(x, dims, members, start);
      if (!side) continue;
      const left: number[] = [];
      const right: number[] = [];
      members.forEach((w, i) => (side[i] ? right : left).push(w));
      for (const w of left) codes[w] = codes[w]! * 2;
      for (const w of right) codes[w] = codes[w]! * 2 + 1;
      next.push(Int32Array.from(left), Int32Array.from(right));
    }
    level = next;
  }
  return codes;
}

/** 0/1 per member, or undefined when the node does not split (all members alike). */
function splitNode(x: Float64Array, dims: number, members: Int32Array, start: Float64Array): Uint8Array | undefined {
  const m = members.length;
  const mean = new Float64Array(dims);
  for (const w of members) for (let j = 0; j < dims; j++) mean[j]! += x[w * dims + j]!;
  for (let j = 0; j < dims; j++) mean[j]! /= m;
  // Principal direction of the centred members: power iteration from a fixed start.
  let v = Float64Array.from(start);
  for (let it = 0; it < 8; it++) {
    const nv = new Float64Array(dims);
    for (const w of members) {
      let p = 0;
      for (let j = 0; j < dims; j++) p += (x[w * dims + j]! - mean[j]!) * v[j]!;
      for (let j = 0; j < dims; j++) nv[j]! += p * (x[w * dims + j]! - mean[j]!);
    }
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += nv[j]! ** 2;
    if (norm < 1e-24) return undefined;
    norm = Math.sqrt(norm);
    for (let j = 0; j < dims; j++) nv[j]! /= norm;
    v = nv;
  }
  const side = new Uint8Array(m);
  members.forEach((w, i) => {
    let p = 0;
    for (let j = 0; j < dims; j++) p += (x[w * dims + j]! - mean[j]!) * v[j]!;
    side[i] = p > 0 ? 1 : 0;
  });
  // Spherical 2-means from that split.
  for (let round = 0; round < 4; round++) {
    const c = [new Float64Array(dims), new Float64Array(dims)];
    members.forEach((w, i) => {
      const ci = c[side[i]!]!;
      for (let j = 0; j < dims; j++) ci[j]! += x[w * dims + j]!;
    });
    const n0 = Math.hypot(...c[0]!) || 1;
    const n1 = Math.hypot(...c[1]!) || 1;
    let changed = false;
    members.forEach((w, i) => {
      let d0 = 0;
      let d1 = 0;
      for (let j = 0; j < dims; j++) {
        d0 += c[0]![j]! * x[w * dims + j]!;
        d1 += c[1]![j]! * x[w * dims + j]!;
      }
      const s = d1 / n1 > d0 / n0 ? 1 : 0;
      if (s !== side[i]) changed = true;
      side[i] = s;
    });
    if (!changed) break;
  }
  let ones = 0;
  for (const s of side) ones += s;
  return ones === 0 || ones === m ? undefined : side;
}
