/**
 * Distances from an uncertain place: where a site is known only to lie somewhere in a region (a disc around the placed
 * point, possibly clipped to a polygon), the distance to the nearest station is not a number but an interval
 * `[nearKm, farKm]`: `nearKm` the smallest distance from any point of the region to any station, `farKm` the largest,
 * over the region, of the distance to the nearest station.
 *
 * Pure maths, no turf: positions are projected to a local plane around the region's centre (km east, km north; at
 * Haidian's scale the error against great-circle distance is under 0.1 %), and the extremes are found by branch and
 * bound over squares, which works because "distance to the nearest of a set" changes by at most 1 km per km moved.
 * Discs get exact answers where a formula exists (`nearKm` always, `farKm` for a single site); the rest is found to
 * within TOLERANCE_KM, reporting a value the region actually attains (so `farKm` never overstates by more than that).
 */
import type { LngLat } from './schema.ts';

/** A distance interval in km: the true distance lies in [nearKm, farKm]. nearKm ≤ farKm, both finite and ≥ 0. */
export type KmRange = { nearKm: number; farKm: number };

/**
 * Extremes are found to within this many km, or 0.5 % of the region's radius when that is larger (20 m for a 4 km
 * disc): below what is displayed (10 m steps under 1 km, 100 m steps above).
 */
export const TOLERANCE_KM = 0.01;

/** Kilometres per degree of latitude (turf's Earth radius, 6371.0088 km, as in spatial.ts). */
const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

/** A closed ring of [lng, lat] positions. */
export type Ring = readonly (readonly number[])[];

/** Whether the point (x, y) = (lng, lat) lies in a ring of [lng, lat] positions (even-odd). */
export function lngLatInRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Where a site lies: the disc of `radiusKm` around `center`, intersected with the union of `rings` (outer rings,
 * e.g. the parts of a town) when given. A radius of 0 with no rings is a surveyed point.
 */
export type Region = { center: LngLat; radiusKm: number; rings: readonly Ring[] | null };

/** A site to measure to: a point (or, with `to`, a segment) known to within `uncertaintyKm` (0 = surveyed). */
export type Site = { at: LngLat; to?: LngLat; uncertaintyKm?: number };

/** A local plane around a centre: [lng, lat] → [km east, km north]. */
type Plane = { x: (p: readonly number[]) => number; y: (p: readonly number[]) => number };
function planeAt(center: LngLat): Plane {
  const kx = Math.cos((center[1] * Math.PI) / 180) * KM_PER_DEG;
  return { x: (p) => (p[0]! - center[0]) * kx, y: (p) => (p[1]! - center[1]) * KM_PER_DEG };
}

/** Length of a 2D vector (Math.hypot is several times slower in V8, and this runs millions of times). */
const len = (x: number, y: number) => Math.sqrt(x * x + y * y);

/** Sites in plane coordinates, five numbers each: x1, y1, x2, y2, uncertainty. */
type Prims = Float64Array;

function toPrims(sites: readonly Site[], plane: Plane): Prims {
  const out = new Float64Array(sites.length * 5);
  sites.forEach((s, i) => {
    const to = s.to ?? s.at;
    out[i * 5] = plane.x(s.at);
    out[i * 5 + 1] = plane.y(s.at);
    out[i * 5 + 2] = plane.x(to);
    out[i * 5 + 3] = plane.y(to);
    out[i * 5 + 4] = Math.max(0, s.uncertaintyKm ?? 0);
  });
  return out;
}

/** Distance from (x, y) to primitive i (a point or a segment), ignoring its uncertainty. */
function primDist(p: Prims, i: number, x: number, y: number): number {
  const o = i * 5;
  const ax = p[o]!,
    ay = p[o + 1]!,
    dx = p[o + 2]! - ax,
    dy = p[o + 3]! - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.sqrt((x - ax) * (x - ax) + (y - ay) * (y - ay));
  let t = ((x - ax) * dx + (y - ay) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = x - ax - t * dx,
    ey = y - ay - t * dy;
  return Math.sqrt(ex * ex + ey * ey);
}

/** The region in plane coordinates, with a membership test and a (conservative) cell test. */
type PlaneRegion = {
  r: number;
  rings: PlaneRing[] | null;
  /** Half the side of a square centred on the origin that holds the region. */
  half: number;
};

/** A ring in plane coordinates (x, y pairs) with its bounding box, for cheap rejections. */
type PlaneRing = { xy: Float64Array; minX: number; minY: number; maxX: number; maxY: number };

/** Distance from (x, y) to a box, 0 inside. */
const boxDist = (r: PlaneRing, x: number, y: number) =>
  len(Math.max(r.minX - x, 0, x - r.maxX), Math.max(r.minY - y, 0, y - r.maxY));

function toPlaneRegion(region: Region, plane: Plane): PlaneRegion {
  const r = Math.max(0, region.radiusKm);
  let ext = 0;
  const rings: PlaneRing[] = [];
  for (const ring of region.rings ?? []) {
    if (ring.length < 3) continue;
    const xy = new Float64Array(ring.length * 2);
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    ring.forEach((p, i) => {
      const x = plane.x(p),
        y = plane.y(p);
      xy[i * 2] = x;
      xy[i * 2 + 1] = y;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    });
    const pr = { xy, minX, minY, maxX, maxY };
    // A part wholly outside the disc adds nothing to disc ∩ rings.
    if (r > 0 && boxDist(pr, 0, 0) > r) continue;
    rings.push(pr);
    ext = Math.max(ext, Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY));
  }
  if (!region.rings?.some((ring) => ring.length >= 3)) return { r, rings: null, half: r };
  return { r, rings, half: r > 0 ? Math.min(r, ext) : ext };
}

function inRing(pr: PlaneRing, x: number, y: number): boolean {
  if (x < pr.minX || x > pr.maxX || y < pr.minY || y > pr.maxY) return false;
  const ring = pr.xy;
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[i * 2]!,
      yi = ring[i * 2 + 1]!,
      xj = ring[j * 2]!,
      yj = ring[j * 2 + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when some edge of the ring passes within `d` of (x, y). */
function ringWithin(pr: PlaneRing, x: number, y: number, d: number): boolean {
  if (boxDist(pr, x, y) > d) return false;
  const ring = pr.xy;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const ax = ring[j * 2]!,
      ay = ring[j * 2 + 1]!,
      bx = ring[i * 2]!,
      by = ring[i * 2 + 1]!;
    const dx = bx - ax,
      dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    if (len(x - (ax + t * dx), y - (ay + t * dy)) <= d) return true;
  }
  return false;
}

/** True when (x, y) is in the region (the disc, and the polygon when there is one). A point on the edge is in. */
function contains(reg: PlaneRegion, x: number, y: number): boolean {
  if (reg.r > 0 && len(x, y) > reg.r + 1e-9) return false;
  if (reg.rings) return reg.rings.some((ring) => inRing(ring, x, y) || ringWithin(ring, x, y, 1e-9));
  return reg.r === 0 ? len(x, y) < 1e-9 : true;
}

/** False only when the square of half-diagonal `hd` around (x, y) certainly misses the region. */
function mayTouch(reg: PlaneRegion, x: number, y: number, hd: number): boolean {
  if (reg.r > 0 && len(x, y) > reg.r + hd) return false;
  if (reg.rings && !reg.rings.some((ring) => inRing(ring, x, y) || ringWithin(ring, x, y, hd))) return false;
  return true;
}

/** A point of the region near (x, y) when (x, y) is outside: the nearest point of the disc's edge, if that is inside. */
function pullInside(reg: PlaneRegion, x: number, y: number): [number, number] | null {
  if (contains(reg, x, y)) return [x, y];
  if (reg.r > 0) {
    const d = len(x, y);
    if (d > 0) {
      const px = (x / d) * reg.r * (1 - 1e-12),
        py = (y / d) * reg.r * (1 - 1e-12);
      if (contains(reg, px, py)) return [px, py];
    }
  }
  return null;
}

type Mode = 'near' | 'far';

/** A binary max-heap on `key` (the branch and bound takes the most promising square first). */
class MaxHeap<T> {
  private items: T[] = [];
  constructor(private readonly key: (item: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.key(a[up]!) >= this.key(a[i]!)) break;
      [a[up], a[i]] = [a[i]!, a[up]!];
      i = up;
    }
  }
  pop(): T {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = i * 2 + 1,
          r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l]!) > this.key(a[m]!)) m = l;
        if (r < a.length && this.key(a[r]!) > this.key(a[m]!)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

type Cell = { x: number; y: number; half: number; cand: number[]; bound: number };

/**
 * The extreme of the field over the region: the maximum for 'far' (of min over sites of distance + uncertainty), the
 * minimum for 'near' (of min over sites of max(0, distance − uncertainty)). Both fields change by at most 1 km per km
 * moved, so a square of half-diagonal hd around a point where the field is f holds no value beyond f ± hd: squares
 * that cannot beat the best value found so far by more than `tol` are dropped, the others split in four. Each square
 * also keeps only the sites that can be the nearest somewhere inside it, so deep squares examine one or two.
 * Returns a value attained at a point of the region, within `tol` of the true extreme; null when the region has no
 * point or there are no sites.
 */
function extreme(reg: PlaneRegion, prims: Prims, mode: Mode, tol: number): number | null {
  const count = prims.length / 5;
  if (count === 0) return null;
  const far = mode === 'far';
  let best = -Infinity; // of sign·f: work as a maximisation
  const value = (i: number, x: number, y: number) => {
    const d = primDist(prims, i, x, y);
    const u = prims[i * 5 + 4]!;
    return far ? d + u : d > u ? d - u : 0;
  };
  const minOver = (cand: readonly number[], x: number, y: number) => {
    let f = Infinity;
    for (const i of cand) {
      const v = value(i, x, y);
      if (v < f) f = v;
    }
    return f;
  };
  const scratch = new Float64Array(count);
  const make = (x: number, y: number, half: number, parent: readonly number[]): Cell | null => {
    const hd = half * Math.SQRT2;
    if (!mayTouch(reg, x, y, hd)) return null;
    let f = Infinity;
    for (let k = 0; k < parent.length; k++) {
      const v = value(parent[k]!, x, y);
      scratch[k] = v;
      if (v < f) f = v;
    }
    const cand: number[] = [];
    for (let k = 0; k < parent.length; k++) if (scratch[k]! - hd <= f + hd + 1e-12) cand.push(parent[k]!);
    if (contains(reg, x, y)) {
      best = Math.max(best, far ? f : -f);
    } else {
      const pt = pullInside(reg, x, y);
      if (pt && Math.abs(pt[0] - x) <= half && Math.abs(pt[1] - y) <= half) {
        const g = minOver(cand, pt[0], pt[1]);
        best = Math.max(best, far ? g : -g);
      }
    }
    if (!far) return { x, y, half, cand, bound: Math.min(0, hd - f) }; // no distance is below 0
    // Far: no point of the square lies farther from a site than the square's farthest corner, nor (in a disc)
    // farther than the disc's far side. With one site left whose far side lies in the square, that is the answer.
    let bound = f + hd;
    for (const i of cand) {
      const u = prims[i * 5 + 4]!;
      const sx = prims[i * 5]!,
        sy = prims[i * 5 + 1]!;
      if (sx !== prims[i * 5 + 2]! || sy !== prims[i * 5 + 3]!) continue; // a segment: keep f + hd
      let b = len(Math.abs(x - sx) + half, Math.abs(y - sy) + half) + u;
      if (reg.r > 0) b = Math.min(b, len(sx, sy) + reg.r + u);
      if (b < bound) bound = b;
    }
    if (cand.length === 1 && reg.r > 0) {
      const i = cand[0]!;
      const sx = prims[i * 5]!,
        sy = prims[i * 5 + 1]!;
      const d = len(sx, sy);
      if (sx === prims[i * 5 + 2]! && sy === prims[i * 5 + 3]! && d > 0) {
        const px = (-sx / d) * reg.r,
          py = (-sy / d) * reg.r; // the disc's far side from the site
        if (Math.abs(px - x) <= half && Math.abs(py - y) <= half && contains(reg, px * (1 - 1e-12), py * (1 - 1e-12))) {
          best = Math.max(best, d + reg.r + prims[i * 5 + 4]!);
          bound = Math.min(bound, d + reg.r + prims[i * 5 + 4]!);
        }
      }
    }
    return { x, y, half, cand, bound };
  };
  // Only sites that can be the nearest from some point of the region take part: value at the centre within the
  // field's value there plus the region's diameter (the field changes by at most 1 km per km moved).
  let f0 = Infinity;
  for (let i = 0; i < count; i++) f0 = Math.min(f0, value(i, 0, 0));
  const reach = f0 + 2 * (reg.r > 0 ? reg.r : reg.half * Math.SQRT2);
  const all: number[] = [];
  for (let i = 0; i < count; i++) if (value(i, 0, 0) <= reach + 1e-12) all.push(i);
  const heap = new MaxHeap<Cell>((c) => c.bound);
  const push = (c: Cell) => heap.push(c);
  const pop = () => heap.pop();
  // The placed point is in the region: a first value to beat.
  if (contains(reg, 0, 0)) best = far ? minOver(all, 0, 0) : -minOver(all, 0, 0);
  if (far && reg.r > 0) {
    // A good first value: the point of the disc's edge farthest from the site nearest the centre, where the
    // maximum often lies; the better the first value, the earlier squares are dropped.
    let k = 0;
    for (let i = 1; i < count; i++) if (value(i, 0, 0) < value(k, 0, 0)) k = i;
    const sx = prims[k * 5]!,
      sy = prims[k * 5 + 1]!,
      d = len(sx, sy);
    if (d > 0) {
      const px = (-sx / d) * reg.r * (1 - 1e-9),
        py = (-sy / d) * reg.r * (1 - 1e-9);
      if (contains(reg, px, py)) best = Math.max(best, minOver(all, px, py));
    }
  }
  const root = make(0, 0, Math.max(reg.half, 1e-6), all);
  if (root) push(root);
  while (heap.size) {
    const c = pop();
    if (c.bound <= best + tol) break;
    const h = c.half / 2;
    for (let q = 0; q < 4; q++) {
      const child = make(c.x + (q & 1 ? h : -h), c.y + (q & 2 ? h : -h), h, c.cand);
      if (child && child.bound > best + tol) push(child);
    }
  }
  if (!Number.isFinite(best)) return null;
  return Math.max(0, far ? best : -best);
}

/** The tolerance for a region: TOLERANCE_KM, or 0.5 % of its radius when larger (displayed km ranges step by 0.1 km). */
const toleranceFor = (reg: PlaneRegion) => Math.max(TOLERANCE_KM, reg.half * 0.005);

/**
 * The same search as `extreme(…, 'far')`, specialised for the common case (a disc and point sites) and written for
 * speed: sites in flat arrays, squares in a flat heap, candidate lists in one pool. `sx`, `sy`, `su`: the sites'
 * plane positions and uncertainties. Returns the largest, over the disc of radius `r` around the origin, of the
 * distance to the nearest site plus its uncertainty, within `tol`.
 */
function discFar(r: number, sx: Float64Array, sy: Float64Array, su: Float64Array, tol: number): number {
  const n = sx.length;
  // Per site: its value at the centre and its largest value anywhere in the disc (the disc's far side).
  const cap = new Float64Array(n);
  let f0 = Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.sqrt(sx[i]! * sx[i]! + sy[i]! * sy[i]!);
    cap[i] = d + r + su[i]!;
    f0 = Math.min(f0, d + su[i]!);
  }
  let best = f0; // the centre is in the disc
  let pool = new Int32Array(Math.max(64, n * 8));
  let used = 0;
  const tmp = new Float64Array(n);
  for (let i = 0; i < n; i++) if (cap[i]! - r <= f0 + 2 * r + 1e-12) pool[used++] = i; // value at the centre ≤ f0 + 2r
  const rootLen = used;
  // Seed: the disc's far side from the site nearest the centre, often where the maximum lies.
  let k0 = 0;
  for (let i = 1; i < n; i++) if (cap[i]! < cap[k0]!) k0 = i;
  const fieldAt = (x: number, y: number, start: number, count: number) => {
    let f = Infinity;
    for (let k = start; k < start + count; k++) {
      const i = pool[k]!;
      const v = Math.sqrt((x - sx[i]!) * (x - sx[i]!) + (y - sy[i]!) * (y - sy[i]!)) + su[i]!;
      if (v < f) f = v;
    }
    return f;
  };
  const d0 = Math.sqrt(sx[k0]! * sx[k0]! + sy[k0]! * sy[k0]!);
  if (d0 > 0) best = Math.max(best, fieldAt((-sx[k0]! / d0) * r, (-sy[k0]! / d0) * r, 0, rootLen));
  // Squares: centre, half side, bound, candidate list (start, length in the pool); a max-heap of their indices by bound.
  const cx: number[] = [],
    cy: number[] = [],
    ch: number[] = [],
    cb: number[] = [],
    cs: number[] = [],
    cl: number[] = [];
  const heap = new MaxHeap<number>((c) => cb[c]!);
  const push = (c: number) => heap.push(c);
  const pop = () => heap.pop();
  const visit = (x: number, y: number, half: number, start: number, count: number) => {
    const hd = half * Math.SQRT2;
    const rc = Math.sqrt(x * x + y * y);
    if (rc > r + hd) return; // the square misses the disc
    let f = Infinity;
    let bound = Infinity;
    for (let k = 0; k < count; k++) {
      const i = pool[start + k]!;
      const dx = Math.abs(x - sx[i]!),
        dy = Math.abs(y - sy[i]!);
      const v = Math.sqrt(dx * dx + dy * dy) + su[i]!;
      tmp[k] = v;
      if (v < f) f = v;
      // No point of the square is farther from this site than its farthest corner, nor than the disc's far side.
      const b = Math.min(Math.sqrt((dx + half) * (dx + half) + (dy + half) * (dy + half)) + su[i]!, cap[i]!);
      if (b < bound) bound = b;
    }
    bound = Math.min(bound, f + hd);
    if (rc <= r) best = Math.max(best, f);
    else {
      const px = (x / rc) * r,
        py = (y / rc) * r; // the nearest point of the disc, if it is in the square
      if (Math.abs(px - x) <= half && Math.abs(py - y) <= half) best = Math.max(best, fieldAt(px, py, start, count));
    }
    if (bound <= best + tol) return;
    // Keep the sites that can be the nearest somewhere in the square.
    if (used + count > pool.length) {
      const bigger = new Int32Array(pool.length * 2 + count);
      bigger.set(pool);
      pool = bigger;
    }
    const ns = used;
    for (let k = 0; k < count; k++) if (tmp[k]! - hd <= f + hd + 1e-12) pool[used++] = pool[start + k]!;
    const nl = used - ns;
    if (nl === 1) {
      // One site left: the largest value in the square is at the disc's far side from it, if that is in the square.
      const i = pool[ns]!;
      const d = Math.sqrt(sx[i]! * sx[i]! + sy[i]! * sy[i]!);
      if (d > 0) {
        const px = (-sx[i]! / d) * r,
          py = (-sy[i]! / d) * r;
        if (Math.abs(px - x) <= half && Math.abs(py - y) <= half) {
          best = Math.max(best, cap[i]!);
          return;
        }
      }
    }
    const c = cx.length;
    cx.push(x);
    cy.push(y);
    ch.push(half);
    cb.push(bound);
    cs.push(ns);
    cl.push(nl);
    push(c);
  };
  visit(0, 0, r, 0, rootLen);
  while (heap.size) {
    const c = pop();
    if (cb[c]! <= best + tol) break;
    const h = ch[c]! / 2;
    for (let q = 0; q < 4; q++) visit(cx[c]! + (q & 1 ? h : -h), cy[c]! + (q & 2 ? h : -h), h, cs[c]!, cl[c]!);
  }
  return best;
}

/** The common case, kept lean: a disc and point sites (the nearest-station figures of most parks). */
function discToPoints(region: Region, sites: readonly Site[]): KmRange {
  const n = sites.length;
  const r = region.radiusKm;
  const kx = Math.cos((region.center[1] * Math.PI) / 180) * KM_PER_DEG;
  const sx = new Float64Array(n),
    sy = new Float64Array(n),
    su = new Float64Array(n);
  let near = Infinity;
  for (let i = 0; i < n; i++) {
    const st = sites[i]!;
    const x = (st.at[0] - region.center[0]) * kx,
      y = (st.at[1] - region.center[1]) * KM_PER_DEG;
    const u = st.uncertaintyKm && st.uncertaintyKm > 0 ? st.uncertaintyKm : 0;
    sx[i] = x;
    sy[i] = y;
    su[i] = u;
    // Exact: the nearest point of the disc to a site lies on the line to its centre.
    near = Math.min(near, Math.max(0, Math.sqrt(x * x + y * y) - r - u));
  }
  const far =
    n === 1
      ? Math.sqrt(sx[0]! * sx[0]! + sy[0]! * sy[0]!) + r + su[0]!
      : discFar(r, sx, sy, su, Math.max(TOLERANCE_KM, r * 0.005));
  return { nearKm: near, farKm: Math.max(near, far) };
}

/**
 * The interval of the distance from an uncertain place (`region`) to the nearest of `sites`: `nearKm` the smallest
 * distance from any point of the region to any site (less the site's own uncertainty, never below 0), `farKm` the
 * largest, over the region, of the distance to the nearest site (plus that site's uncertainty). A site inside the
 * region gives `nearKm` 0. No sites gives null.
 *
 * Only sites that can matter are examined: callers may pass every site; the search prunes by distance.
 */
export function rangeToNearest(region: Region, sites: readonly Site[]): KmRange | null {
  if (sites.length === 0) return null;
  if (!region.rings && region.radiusKm > 0 && sites.every((st) => !st.to)) return discToPoints(region, sites);
  const plane = planeAt(region.center);
  const reg = toPlaneRegion(region, plane);
  const prims = toPrims(sites, plane);
  let near: number | null;
  if (!reg.rings) {
    // Exact for a disc: the nearest point of the disc to a site lies on the line to its centre.
    near = Infinity;
    for (let i = 0; i < sites.length; i++)
      near = Math.min(near, Math.max(0, primDist(prims, i, 0, 0) - reg.r - prims[i * 5 + 4]!));
  } else {
    near = extreme(reg, prims, 'near', toleranceFor(reg));
    // A surveyed point site inside the region is at distance 0, exactly.
    for (let i = 0; near !== null && near > 0 && i < sites.length; i++) {
      if (!sites[i]!.to && contains(reg, prims[i * 5]!, prims[i * 5 + 1]!)) near = 0;
    }
  }
  let far: number | null;
  if (sites.length === 1 && !sites[0]!.to && !reg.rings) {
    far = primDist(prims, 0, 0, 0) + reg.r + prims[4]!; // exact: the far side of the disc
  } else {
    far = extreme(reg, prims, 'far', toleranceFor(reg));
  }
  if (near === null || far === null || !Number.isFinite(near) || !Number.isFinite(far)) return null;
  return { nearKm: near, farKm: Math.max(near, far) };
}

/**
 * The interval of the distance between two regions, km: each place anywhere in its region. Measured both ways (one
 * region exactly against the other's disc, which holds it: the disc of `radiusKm` around its centre) and intersected:
 * each is a true enclosure, so their intersection is too, and it is the same from either side. The far end is found
 * to within TOLERANCE_KM (see rangeToNearest) where a region has rings. Null when neither way can be measured (a
 * region with no point). A region of radius 0 with rings counts as its centre on the other side.
 */
export function regionDistanceRange(a: Region, b: Region): KmRange | null {
  const ab = rangeToNearest(a, [{ at: b.center, uncertaintyKm: b.radiusKm }]);
  const ba = rangeToNearest(b, [{ at: a.center, uncertaintyKm: a.radiusKm }]);
  if (!ab || !ba) return ab ?? ba;
  const nearKm = Math.max(ab.nearKm, ba.nearKm);
  return { nearKm, farKm: Math.max(nearKm, Math.min(ab.farKm, ba.farKm)) };
}

/** The interval of the distance from `origin` (a surveyed point, e.g. the centre of a radius query) to a region. */
export function rangeFromPoint(origin: LngLat, region: Region): KmRange {
  return rangeToNearest(region, [{ at: origin }])!;
}

/**
 * Where a range stands against a threshold: 'certain' when even the far end is within `maxKm`, 'possible' when only
 * the near end is, 'no' otherwise.
 */
export type Within = 'certain' | 'possible' | 'no';
export function withinKm(r: KmRange | null | undefined, maxKm: number): Within {
  if (!r) return 'no';
  if (r.farKm <= maxKm) return 'certain';
  return r.nearKm <= maxKm ? 'possible' : 'no';
}

/** Orders ranges by their far end, then their near end (a wide interval never ranks above a smaller worst case). */
export function compareRanges(a: KmRange | null | undefined, b: KmRange | null | undefined): number {
  const fa = a?.farKm ?? Infinity,
    fb = b?.farKm ?? Infinity;
  if (fa !== fb) return fa < fb ? -1 : 1;
  const na = a?.nearKm ?? Infinity,
    nb = b?.nearKm ?? Infinity;
  return na === nb ? 0 : na < nb ? -1 : 1;
}
