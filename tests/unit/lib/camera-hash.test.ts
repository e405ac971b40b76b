import { describe, it, expect } from 'vitest';
import { formatCameraHash, parseCameraHash, type CameraLimits } from '../../../src/lib/camera-hash.ts';

// Haidian's box plus the map's margin (src/data/camera.ts CAMERA_LIMITS): lng 115.7–116.75, lat 39.65–40.4 roughly.
const LIMITS: CameraLimits = { minZoom: 8.5, maxZoom: 17, maxPitch: 60, bbox: [115.7, 39.65, 116.75, 40.4] };

describe('parseCameraHash', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#map=11/39.98/116.3', { zoom: 11, lat: 39.98, lng: 116.3, bearing: 0, pitch: 0 }],
    [
      '#map=12.35/40.01234/116.25678/-30.5/45',
      { zoom: 12.35, lat: 40.01234, lng: 116.25678, bearing: -30.5, pitch: 45 },
    ],
    ['map=8.5/39.65/115.7', { zoom: 8.5, lat: 39.65, lng: 115.7, bearing: 0, pitch: 0 }],
  ])('accepts %j', (hash, camera) => {
    expect(parseCameraHash(hash, LIMITS)).toEqual({ ok: true, camera });
  });

  it.each([
    ['#map=abc', 'not numbers'],
    ['#map=99/999/999', 'zoom and latitude out of range'],
    ['#map=11/39.9', 'too few parts'],
    ['#map=11/39.9/116.3/0/0/0', 'too many parts'],
    ['#map=18/39.9/116.3', 'zoom above the maximum'],
    ['#map=8/39.9/116.3', 'zoom below the minimum'],
    ['#map=11/0/0', 'centre far from Haidian'],
    ['#map=11/39.9/-116.3', 'centre on the other side of the world'],
    ['#map=11/39.9/116.3/181', 'bearing out of range'],
    ['#map=11/39.9/116.3/0/61', 'pitch above the maximum'],
    ['#map=11/39.9/116.3/0/-1', 'negative pitch'],
    ['#map=1e1/39.9/116.3', 'exponent notation'],
    ['#map=11/NaN/116.3', 'NaN'],
    ['#map=11/Infinity/116.3', 'Infinity'],
    ['#map=11/ 39.9/116.3', 'space'],
    ['#map=', 'empty camera'],
    ['#%E0%A4%A', 'broken percent-encoding'],
    ['#<script>alert(1)</script>', 'HTML'],
    ['#map=11/39.9/116.3&map=12/39.9/116.3', 'repeated key'],
    ['#海淀', 'unicode'],
    [`#map=11/39.9/116.3${'0'.repeat(300)}`, 'huge value'],
  ])('refuses %j (%s) and drops the hash', (hash) => {
    const r = parseCameraHash(hash, LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.hash).toBe('');
      expect(r.value.length).toBeLessThanOrEqual(41);
    }
  });

  it('keeps a valid camera and drops the other keys beside it', () => {
    expect(parseCameraHash('#map=11/39.9/116.3&x=<b>', LIMITS)).toEqual({
      ok: false,
      hash: '#map=11/39.9/116.3',
      value: 'map=11/39.9/116.3&x=<b>',
    });
  });

  it('cuts the reported value to 40 characters', () => {
    const r = parseCameraHash(`#${'x'.repeat(100)}`, LIMITS);
    expect(r).toEqual({ ok: false, hash: '', value: `${'x'.repeat(40)}…` });
  });
});

describe('formatCameraHash', () => {
  it('writes MapLibre’s format, precision following the zoom', () => {
    expect(formatCameraHash({ zoom: 12.3456, lat: 40.0512345678, lng: 116.2712345678, bearing: 0, pitch: 0 })).toBe(
      'map=12.35/40.05123/116.27123',
    );
    expect(formatCameraHash({ zoom: 17, lat: 40.0512345678, lng: 116.2712345678, bearing: 0, pitch: 0 })).toBe(
      'map=17/40.051235/116.271235',
    );
    expect(formatCameraHash({ zoom: 9, lat: 40.05, lng: 116.27, bearing: 12.34, pitch: 0 })).toBe(
      'map=9/40.05/116.27/12.3',
    );
    expect(formatCameraHash({ zoom: 9, lat: 40.05, lng: 116.27, bearing: 0, pitch: 30.4 })).toBe(
      'map=9/40.05/116.27/0/30',
    );
  });

  it('is read back by parseCameraHash within its rounding', () => {
    const c = { zoom: 14.5, lat: 40.0512345678, lng: 116.2712345678, bearing: -20, pitch: 45 };
    const back = parseCameraHash(`#${formatCameraHash(c)}`, LIMITS);
    expect(back.ok && back.camera).toMatchObject({ zoom: 14.5, bearing: -20, pitch: 45 });
    if (back.ok && back.camera) expect(Math.abs(back.camera.lng - c.lng)).toBeLessThan(1e-5);
  });
});
