/**
 * The camera in MapLibre's `#map=` hash, checked before MapLibre reads it (the query string holds the rest of a shared
 * link: url-state.ts).
 */

/** What a camera in the `#map=` hash may be: the map's zoom range and the box its centre is held in. */
export type CameraLimits = {
  minZoom: number;
  maxZoom: number;
  maxPitch: number;
  bbox: readonly [number, number, number, number];
};

/** MapLibre's hash camera: zoom, centre, bearing (degrees, -180…180) and pitch (degrees). */
export type CameraHash = { zoom: number; lng: number; lat: number; bearing: number; pitch: number };

export type CameraHashResult =
  | { ok: true; camera: CameraHash | null }
  /** `hash` is what the address should carry instead ('' or the valid `#map=` part); `value` is the ignored text, cut to 40 characters. */
  | { ok: false; hash: string; value: string };

const HASH_NUMBER = /^-?\d{1,3}(?:\.\d{1,10})?$/;
const MAX_HASH_LENGTH = 200;

/**
 * Checks `location.hash` before MapLibre reads it. MapLibre's format is `#map=zoom/lat/lng[/bearing[/pitch]]`
 * (degrees; zoom in map levels). Empty or `#` is fine (no camera). Anything else that is not exactly one valid,
 * in-range `map=` camera is refused: malformed numbers, too few or too many parts, a zoom outside the map's range,
 * a centre outside `bbox`, bearing outside -180…180, pitch outside 0…maxPitch, other keys, or more than 200 characters.
 * Never throws (broken percent-encoding included).
 */
export function parseCameraHash(hash: string, limits: CameraLimits): CameraHashResult {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { ok: true, camera: null };
  const refuse = (keep: string): CameraHashResult => ({
    ok: false,
    hash: keep,
    value: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw,
  });
  if (raw.length > MAX_HASH_LENGTH) return refuse('');
  const parts = raw.split('&');
  const maps = parts.filter((p) => p.startsWith('map='));
  const camera = maps.length === 1 ? readCamera(maps[0]!.slice(4), limits) : null;
  if (camera && parts.length === 1) return { ok: true, camera };
  return refuse(camera ? `#${maps[0]}` : '');
}

function readCamera(value: string, limits: CameraLimits): CameraHash | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => HASH_NUMBER.test(p))) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  const [w, s, e, n] = limits.bbox;
  const ok =
    zoom >= limits.minZoom &&
    zoom <= limits.maxZoom &&
    lng >= w &&
    lng <= e &&
    lat >= s &&
    lat <= n &&
    bearing >= -180 &&
    bearing <= 180 &&
    pitch >= 0 &&
    pitch <= limits.maxPitch;
  return ok ? { zoom, lat, lng, bearing, pitch } : null;
}

/**
 * The `map=` part of the hash for a camera, as MapLibre writes it: zoom to 2 decimals, the centre to as many decimals
 * as the zoom resolves (6 at zoom 17), then bearing (1 decimal) and pitch (whole degrees) only when either is not 0.
 */
export function formatCameraHash(c: CameraHash): string {
  const round = (v: number, f: number) => Math.round(v * f) / f;
  const zoom = round(c.zoom, 100);
  const m = 10 ** Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  let out = `map=${zoom}/${round(c.lat, m)}/${round(c.lng, m)}`;
  if (c.bearing || c.pitch) out += `/${round(c.bearing, 10)}`;
  if (c.pitch) out += `/${Math.round(c.pitch)}`;
  return out;
}
