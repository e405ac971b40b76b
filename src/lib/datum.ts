/**
 * Datums of coordinates read off maps in China, and coordinates as people type or paste them. The app's data is
 * WGS-84 (GPS). AMap and Tencent show GCJ-02, shifted about 500 m in Beijing; Baidu shows BD-09, a further shift of
 * GCJ-02 (about 1 km from WGS-84). Tianditu's CGCS2000 is WGS-84 to well under a metre. Converted with gcoord, the
 * library the app already uses for a GCJ-02 basemap (crs.ts).
 */
import gcoord from 'gcoord';
import type { LngLat } from './schema.ts';

/** A datum: 'cgcs2000' is WGS-84 to well under a metre, so it is taken as is. */
export type Datum = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09';

/** The datums the site editor offers for typed coordinates: GPS, AMap / Tencent, Baidu. */
export const INPUT_DATUMS = ['wgs84', 'gcj02', 'bd09'] as const satisfies readonly Datum[];
export type InputDatum = (typeof INPUT_DATUMS)[number];

/** A position given in `datum`, in WGS-84 (gcoord; GCJ-02 and BD-09 inverses are iterative, well under a metre). */
export function toWgs84(p: LngLat, datum: Datum): LngLat {
  if (datum === 'wgs84' || datum === 'cgcs2000') return [p[0], p[1]];
  const [lng, lat] = gcoord.transform([p[0], p[1]], datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84);
  return [lng, lat];
}

/** A WGS-84 position in `datum` (for tests and for showing a point to a provider's map). */
export function fromWgs84(p: LngLat, datum: Datum): LngLat {
  if (datum === 'wgs84' || datum === 'cgcs2000') return [p[0], p[1]];
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.WGS84, datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09);
  return [lng, lat];
}

/** Typed coordinates read: the position, and whether it was given latitude first. */
export type TypedCoordinates =
  | { ok: true; lngLat: LngLat; latFirst: boolean }
  /** 'empty': nothing typed; 'format': not two numbers; 'range': a longitude beyond ±180 or a latitude beyond ±90. */
  | { ok: false; reason: 'empty' | 'format' | 'range' };

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)`;
const PAIR = new RegExp(String.raw`^[([]?\s*(${NUMBER})\s*(?:[,;/]\s*|\s+)(${NUMBER})\s*[)\]]?$`);

/**
 * Reads two decimal numbers typed or pasted as a position: "116.31, 39.99", "116.31 39.99", "[116.31,39.99]", with a
 * full-width comma or full-width digits ("116.31，39.99", NFKC-normalised). Longitude comes first (AMap's and Baidu's
 * pickers copy "lng,lat"), unless the first number can only be a latitude and the second only a longitude, as Google
 * Maps copies "39.99, 116.31": then it is read latitude first (`latFirst`). Never throws.
 */
export function parseTypedCoordinates(text: string): TypedCoordinates {
  const s = text.normalize('NFKC').trim();
  if (!s) return { ok: false, reason: 'empty' };
  const m = PAIR.exec(s);
  if (!m) return { ok: false, reason: 'format' };
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { ok: false, reason: 'format' };
  const latFirst = Math.abs(a) <= 90 && Math.abs(b) > 90 && Math.abs(b) <= 180;
  const [lng, lat] = latFirst ? [b, a] : [a, b];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return { ok: false, reason: 'range' };
  return { ok: true, lngLat: [lng, lat], latFirst };
}
