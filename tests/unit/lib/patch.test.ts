import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PATCH_FORMAT,
  applyPatch,
  buildPatch,
  checkPatch,
  diffLines,
  formatChange,
  parsePatch,
  serializeDataFile,
  serializePatch,
  summarizePatch,
  toParkFeature,
  type ParkEdit,
  type ParkPatch,
  type PatchContext,
} from '../../../src/lib/patch.ts';
import { validateParkFeature, validateParksText } from '../../../src/lib/patch-validate.ts';
import type { BoundaryFile, LngLat, ParksFile, TownsFile } from '../../../src/lib/schema.ts';
import { SURVEYED as surveyed } from '../patch-fixtures.ts';

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const PARKS_TEXT = read('data/parks.geojson');
const parksFile = (): ParksFile => JSON.parse(PARKS_TEXT) as ParksFile;
const PARKS = parksFile().features;
const ctx: PatchContext = {
  district: (JSON.parse(read('geo/boundary.geojson')) as BoundaryFile).features[0]!.geometry,
  towns: (JSON.parse(read('geo/towns.geojson')) as TownsFile).features,
  validate: validateParkFeature,
};
const park = (id: string) => {
  const f = PARKS.find((p) => p.properties.id === id);
  if (!f) throw new Error(id);
  return f;
};

// Park 18 (上地信息路26号, town from its location: 上地街道), park 10 (西北旺镇, named by the plan), park 8 (has a region).
const QUANTUM = 'zgc-haidian-quantum-future-industry-park';
const YONGFENG = 'yongfeng-digital-tech-center';
const DONGPAN = 'zgc-dongsheng-phase-3-dongpan';
/** A point in 上庄镇, inside the district but outside 西北旺镇 and 上地街道 (park 14's point). */
const IN_SHANGZHUANG: LngLat = [116.2185, 40.1155];
/** A point east of the district (朝阳区). */
const OUTSIDE_DISTRICT: LngLat = [116.5, 39.9];

function edit(id: string, coordinates: LngLat, extra: Partial<ParkEdit> = {}): ParkEdit {
  return {
    properties: park(id).properties,
    coordinates,
    geocode: surveyed,
    editedAt: '2026-05-01T08:30:00Z',
    ...extra,
  };
}
const NOW = new Date('2026-05-02T09:00:00Z');
const from = (id: string): LngLat => park(id).geometry.coordinates as LngLat;
const nudged = (id: string, dLat = 0.001): LngLat => [from(id)[0], Math.round((from(id)[1] + dLat) * 1e6) / 1e6];

/** parsePatch, then checkPatch against the shipped parks: all the messages. */
function problems(patch: unknown): string[] {
  const parsed = parsePatch(typeof patch === 'string' ? patch : JSON.stringify(patch));
  if (!parsed.ok) return parsed.errors;
  return checkPatch(parsed.value, PARKS, ctx).errors;
}
/** A valid one-park patch as plain JSON, to break in one place. */
const raw = (id = QUANTUM, at = nudged(QUANTUM)) =>
  JSON.parse(serializePatch(buildPatch([edit(id, at)], NOW))) as {
    patch: Record<string, unknown>;
    features: Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- broken on purpose below
  };

/** The same JSON value with every object's keys in reverse order. */
const reversed = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reversed)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversed(x)]),
        )
      : v;

describe('patch format', () => {
  it('round-trips: build → serialise → parse → serialise gives the same bytes, and it checks clean', () => {
    const patch = buildPatch([edit(YONGFENG, nudged(YONGFENG)), edit(QUANTUM, nudged(QUANTUM))], NOW);
    const text = serializePatch(patch);
    const parsed = parsePatch(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(serializePatch(parsed.value)).toBe(text);
    expect(checkPatch(parsed.value, PARKS, ctx)).toEqual({ errors: [], warnings: [] });
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['type', 'patch', 'features']);
    expect(json.patch).toEqual({ format: PATCH_FORMAT, version: 1, createdAt: '2026-05-02T09:00:00.000Z' });
    // Sorted by seq (10 before 18), each feature the park as in the data file plus editedAt.
    expect(json.features.map((f: { properties: { seq: number } }) => f.properties.seq)).toEqual([10, 18]);
    expect(Object.keys(json.features[0])).toEqual(['type', 'geometry', 'properties', 'editedAt']);
    expect(Object.keys(json.features[0].properties)).toEqual(Object.keys(park(YONGFENG).properties));
    expect(Object.keys(json.features[0].properties.geocode)).toEqual(['precision', 'basis', 'accuracyM', 'source']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('is deterministic: the same patch with keys and features in another order gives the same bytes', () => {
    const a = buildPatch([edit(QUANTUM, nudged(QUANTUM)), edit(YONGFENG, nudged(YONGFENG))], NOW);
    const b = reversed({ ...a, features: [...a.features].reverse() }) as ParkPatch;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    expect(serializePatch(b)).toBe(serializePatch(a));
    const parsed = parsePatch(JSON.stringify(b));
    expect(parsed.ok && serializePatch(parsed.value)).toBe(serializePatch(a));
  });

  it('builds from a Park of src/data too (its coordinates and region are not properties) and rounds to 6 decimals', () => {
    const p = park(QUANTUM).properties;
    const asPark = { ...p, coordinates: from(QUANTUM), region: { center: from(QUANTUM), radiusKm: 0.3, rings: null } };
    const patch = buildPatch([edit(QUANTUM, [116.30512345678, 40.0361234567], { properties: asPark })], NOW);
    expect(Object.keys(patch.features[0]!.properties)).toEqual(Object.keys(p));
    expect(patch.features[0]!.geometry.coordinates).toEqual([116.305123, 40.036123]);
    // The same Parks as the `current` features of checkPatch: nothing but the data file's keys.
    const current = PARKS.map((f) => {
      const point = f.geometry.coordinates as LngLat;
      const asPark = { ...f.properties, coordinates: point, region: { center: point, radiusKm: 1, rings: null } };
      return toParkFeature(asPark, point);
    });
    expect(current).toEqual(PARKS);
    expect(checkPatch(patch, current, ctx).errors).toEqual([]);
  });
});

describe('applyPatch', () => {
  it('replaces only geometry and geocode: every other byte of the data file is unchanged', () => {
    const to = nudged(QUANTUM);
    const next = applyPatch(parksFile(), buildPatch([edit(QUANTUM, to)], NOW));
    const text = serializeDataFile(next);
    const i = PARKS.findIndex((f) => f.properties.id === QUANTUM);
    const expected = parksFile();
    expected.features[i]!.geometry.coordinates = to;
    expected.features[i]!.properties.geocode = surveyed;
    expect(text).toBe(serializeDataFile(expected));
    expect(validateParksText(text)).toEqual([]);
    const diff = diffLines(PARKS_TEXT, text, { a: 'data/parks.geojson', b: 'data/parks.geojson (patched)' });
    const changed = diff.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(changed).toContain(`-          ${from(QUANTUM)[1]}`);
    expect(changed).toContain(`+          ${to[1]}`);
    expect(changed.some((l) => l.includes('"accuracyM": 150'))).toBe(true);
    expect(changed.every((l) => !l.includes('"name"') && !l.includes('"seq"'))).toBe(true);
  });

  it('writes the same bytes back for a patch that restates the data (and warns it changes nothing)', () => {
    const f = park(QUANTUM);
    const patch = buildPatch([edit(QUANTUM, from(QUANTUM), { geocode: f.properties.geocode })], NOW);
    expect(serializeDataFile(applyPatch(parksFile(), patch))).toBe(PARKS_TEXT);
    const { errors, warnings } = checkPatch(patch, PARKS, ctx);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      `feature #0 (${QUANTUM}): changes nothing (the point and geocode are as in data/parks.geojson)`,
    ]);
  });

  it('does not change its input and throws on an unknown id', () => {
    const file = parksFile();
    applyPatch(file, buildPatch([edit(QUANTUM, nudged(QUANTUM))], NOW));
    expect(serializeDataFile(file)).toBe(PARKS_TEXT);
    const bad = buildPatch([edit(QUANTUM, nudged(QUANTUM))], NOW);
    bad.features[0]!.properties.id = 'no-such-park';
    expect(() => applyPatch(file, bad)).toThrow(/no-such-park/);
  });
});

describe('refusals name the feature and the field', () => {
  it('refuses an unknown id', () => {
    const p = raw();
    p.features[0]!.properties.id = 'shangdi-xinxi-26';
    expect(problems(p)).toEqual([
      'feature #0 (shangdi-xinxi-26) › properties.id: unknown park id "shangdi-xinxi-26" (not in data/parks.geojson)',
    ]);
  });

  it('refuses a duplicate id', () => {
    const p = raw();
    p.features.push(structuredClone(p.features[0]!));
    expect(problems(p)).toEqual([`feature #1 (${QUANTUM}) › properties.id: duplicate id, first used by feature #0`]);
  });

  it.each([
    ['properties.name.zh', (f: Record<string, any>) => (f.properties.name.zh = '上地量子园')], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['properties.location.en', (f: Record<string, any>) => (f.properties.location.en = 'Somewhere else')], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['properties.seq', (f: Record<string, any>) => (f.properties.seq = 3)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['properties.floorAreaM2', (f: Record<string, any>) => (f.properties.floorAreaM2 += 1)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['properties.town.zh', (f: Record<string, any>) => (f.properties.town.zh = '海淀镇')], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['properties.positioning.zh', (f: Record<string, any>) => (f.properties.positioning.zh += '。')], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['properties.industries.0', (f: Record<string, any>) => (f.properties.industries[0] = 'ai')], // eslint-disable-line @typescript-eslint/no-explicit-any
  ])('refuses a changed plan fact: %s', (field, breakIt) => {
    const p = raw();
    breakIt(p.features[0]!);
    const errors = problems(p);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^feature #0 \\(${QUANTUM}\\) › ${field.replace(/\./g, '\\.')}: a plan fact cannot change`),
    );
  });

  it('refuses a missing plan fact and an added property', () => {
    const p = raw();
    delete p.features[0]!.properties.scale;
    p.features[0]!.properties.note = 'moved';
    const [missing, added, ...rest] = problems(p);
    expect(rest).toEqual([]);
    expect(missing).toMatch(
      /^feature #0 \(zgc-haidian-quantum-future-industry-park\) › properties\.scale: a plan fact cannot change \(missing from the patch; data\/parks\.geojson has \{"zh":"总建筑面积/,
    );
    expect(added).toBe(
      `feature #0 (${QUANTUM}) › properties.note: not in data/parks.geojson; only geometry and properties.geocode may change`,
    );
  });

  it('refuses an unknown geocode field and what the build schema refuses', () => {
    const p = raw();
    p.features[0]!.properties.geocode.checkedBy = 'someone';
    p.features[0]!.properties.geocode.source = '';
    const errors = problems(p);
    expect(errors).toContain(
      `feature #0 (${QUANTUM}) › properties.geocode.checkedBy: unknown field (a geocode has precision, basis, accuracyM, source, region)`,
    );
    expect(errors.some((e) => e.startsWith(`feature #0 (${QUANTUM}) › properties.geocode.source: `))).toBe(true);
  });

  it('refuses a basis shorter than the data contract wants', () => {
    const p = raw();
    p.features[0]!.properties.geocode.basis = { zh: '现场核对的位置', en: 'Checked on site.' };
    expect(problems(p)).toEqual([
      `feature #0 (${QUANTUM}) › properties.geocode.basis.zh: say in Chinese, in more than 20 characters, what the point was placed from`,
      `feature #0 (${QUANTUM}) › properties.geocode.basis.en: say in English, in more than 40 characters, what the point was placed from`,
    ]);
  });

  it('refuses a point outside the district', () => {
    expect(problems(raw(QUANTUM, OUTSIDE_DISTRICT))).toEqual([
      `feature #0 (${QUANTUM}) › geometry.coordinates: the point [116.5, 39.9] is outside the district (geo/boundary.geojson)`,
    ]);
  });

  it('refuses a point outside the town the plan names, unless the feature says why', () => {
    const p = raw(YONGFENG, IN_SHANGZHUANG);
    const [error] = problems(p);
    expect(error).toMatch(
      /^feature #0 \(yongfeng-digital-tech-center\) › geometry\.coordinates: the point \[116\.2185, 40\.1155\] is outside 西北旺镇 \(Xibeiwang Town\), the town the plan names; .*"allowOutsideTown"/,
    );
    p.features[0]!.allowOutsideTown = 'too short';
    expect(problems(p)).toEqual([
      `feature #0 (${YONGFENG}) › allowOutsideTown: a reason of at least 10 characters; got "too short"`,
    ]);
    p.features[0]!.allowOutsideTown = 'The plot is an enclave of Xibeiwang inside Shangzhuang (镇属飞地).';
    // The reason alone is not enough: the basis that goes into data/ must explain the enclave too.
    expect(problems(p)).toEqual([
      `feature #0 (${YONGFENG}) › properties.geocode.basis: the point is outside 西北旺镇 (Xibeiwang Town) (allowed: "${p.features[0]!.allowOutsideTown}"), so the basis must say why, with "飞地" in Chinese and "enclave" in English`,
    ]);
    const g = p.features[0]!.properties.geocode;
    g.basis = {
      zh: `${g.basis.zh}（该地块为西北旺镇在上庄镇的飞地）`,
      en: `${g.basis.en} (the plot is an enclave of Xibeiwang)`,
    };
    expect(problems(p)).toEqual([]);
    const parsed = parsePatch(JSON.stringify(p));
    expect(parsed.ok && checkPatch(parsed.value, PARKS, ctx)).toEqual({ errors: [], warnings: [] });
    // The reason stays in the patch (serialised after editedAt) but never reaches the data file.
    expect(parsed.ok && serializePatch(parsed.value)).toMatch(
      /"editedAt": "[^"]+",\n {6}"allowOutsideTown": "The plot/,
    );
    expect(parsed.ok && JSON.stringify(applyPatch(parksFile(), parsed.value))).not.toContain('allowOutsideTown');
  });

  it('refuses a point outside a town named from the location, whatever the reason (a patch cannot change the town)', () => {
    const p = raw(QUANTUM, IN_SHANGZHUANG);
    p.features[0]!.allowOutsideTown = 'The gate is across the subdistrict line.';
    const [error, ...rest] = problems(p);
    expect(rest).toEqual([]);
    expect(error).toMatch(
      /^feature #0 \(zgc-haidian-quantum-future-industry-park\) › geometry\.coordinates: .* outside 上地街道 \(Shangdi Subdistrict\), the town named from the park's location/,
    );
  });

  it('refuses a moved point that leaves its region, and a region accuracyM does not reach', () => {
    const moved = raw(DONGPAN, nudged(DONGPAN, -0.004));
    moved.features[0]!.properties.geocode.region = park(DONGPAN).properties.geocode.region;
    expect(problems(moved)).toEqual([
      `feature #0 (${DONGPAN}) › properties.geocode.region: the point is outside its region: move the region with the point, or drop it`,
    ]);
    const kept = raw(DONGPAN, from(DONGPAN));
    kept.features[0]!.properties.geocode.region = park(DONGPAN).properties.geocode.region;
    const [error] = problems(kept);
    expect(error).toMatch(
      /^feature #0 \(zgc-dongsheng-phase-3-dongpan\) › properties\.geocode\.accuracyM: must reach the region's farthest vertex \(\d+ m from the point\)$/,
    );
  });

  it('refuses malformed JSON, a missing or wrong format marker, a wrong version and an empty patch', () => {
    expect(problems('{"type": "FeatureCollection", ')[0]).toMatch(/^\(file\): invalid JSON: /);
    const p = raw();
    expect(problems({ ...p, patch: undefined })[0]).toMatch(/^patch: missing; a patch says what it is/);
    expect(problems({ ...p, patch: { ...p.patch, format: 'geojson' } })).toEqual([
      `patch.format: expected "${PATCH_FORMAT}", got "geojson"`,
    ]);
    expect(problems({ ...p, patch: { ...p.patch, version: 2 } })).toEqual([
      'patch.version: unsupported version 2 (this tool reads version 1)',
    ]);
    expect(problems({ ...p, features: [] })).toEqual(['features: empty; a patch changes at least one park']);
    expect(problems([p])).toEqual(['(root): a patch is a GeoJSON FeatureCollection (type "FeatureCollection")']);
  });

  it('refuses a broken feature: not a Point, coordinates not finite, no editedAt, an unknown member', () => {
    const p = raw();
    p.features[0]!.geometry = { type: 'LineString', coordinates: [from(QUANTUM), nudged(QUANTUM)] };
    delete p.features[0]!.editedAt;
    p.features[0]!.id = 18;
    expect(problems(p)).toEqual([
      `feature #0 (${QUANTUM}) › id: unknown member of a patch feature (expected type, geometry, properties, editedAt, allowOutsideTown)`,
      `feature #0 (${QUANTUM}) › geometry: expected a Point geometry (a park is one point)`,
      `feature #0 (${QUANTUM}) › editedAt: expected an ISO 8601 date-time (e.g. 2026-05-01T08:30:00Z); got undefined`,
    ]);
    // 1e999 is valid JSON that parses to Infinity.
    const text = serializePatch(buildPatch([edit(QUANTUM, nudged(QUANTUM))], NOW)).replace(
      /("coordinates": \[\n\s+)[\d.]+/,
      '$11e999',
    );
    expect(problems(text)).toEqual([
      `feature #0 (${QUANTUM}) › geometry.coordinates: expected [lng, lat], two finite numbers; got [null,40.036952]`,
    ]);
  });
});

describe('summarizePatch', () => {
  it('gives from, to, the distance moved (great circle) and the precision and accuracy before and after', () => {
    // 0.01° of latitude along a meridian: π/180 × 0.01 × 6,371,008.8 m (turf's Earth radius) = 1111.95 m.
    const to = nudged(YONGFENG, 0.01);
    const [change, ...rest] = summarizePatch(buildPatch([edit(YONGFENG, to)], NOW), PARKS);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      id: YONGFENG,
      seq: 10,
      name: park(YONGFENG).properties.name,
      from: from(YONGFENG),
      to,
      precisionFrom: 'town',
      precisionTo: 'address',
      accuracyFrom: 2500,
      accuracyTo: 150,
    });
    expect(change!.movedM).toBeCloseTo(1111.95, 1);
    expect(formatChange(change!)).toBe(
      `#10 ${YONGFENG} 永丰数字科技中心: [116.232145, 40.070613] → [116.232145, 40.080613], moved 1112 m; precision town → address; accuracy 2500 m → 150 m`,
    );
  });
});

describe('diffLines', () => {
  it('gives unified hunks with context, and nothing for equal texts', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n');
    const b = ['a', 'b', 'C', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].join('\n');
    expect(diffLines(a, a)).toBe('');
    expect(diffLines(a, b, { a: 'x', b: 'y' }, 1)).toBe(
      ['--- x', '+++ y', '@@ -2,3 +2,3 @@', ' b', '-c', '+C', ' d', '@@ -10,1 +10,2 @@', ' j', '+k', ''].join('\n'),
    );
  });
});
