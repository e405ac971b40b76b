import { describe, it, expect } from 'vitest';
import { BOUNDARY, PARKS, PARK_BY_ID, TOWNS } from '../../../src/data/index.ts';
import { buildPatch, checkPatch, parsePatch, serializePatch, toParkFeature } from '../../../src/lib/patch.ts';
import {
  MAX_UNDO,
  checkDraft,
  draftFromPark,
  draftFromPatchFeature,
  draftRegion,
  draftToEdit,
  editEntry,
  exportPlan,
  isReady,
  parseStoredDrafts,
  readTypedPoint,
  serializeStoredDrafts,
  undoEntry,
  type DraftEntry,
  type PlaceContext,
  type SiteDraft,
} from '../../../src/lib/site-draft.ts';
import type { Park } from '../../../src/lib/parks.ts';

const ctx: PlaceContext = { district: BOUNDARY.features[0]!.geometry, towns: TOWNS.features };
const CURRENT = PARKS.map((p) => toParkFeature(p, p.coordinates));
const NOW = '2026-05-01T08:30:00.000Z';
const park = (id: string): Park => PARK_BY_ID.get(id)!;

// 东升科技园海开 (plan names 东升镇; placed to town level) and points computed for it with gcoord and turf.
const HAIKAI = 'dongsheng-science-park-haikai';
const IN_DONGSHENG: [number, number] = [116.37, 40.042]; // 314 m east-north-east, still in 东升镇
const IN_XUEYUAN: [number, number] = [116.34, 40.01]; // 学院路街道
const QUANTUM = 'zgc-haidian-quantum-future-industry-park'; // town 上地街道 derived from the location
const DONGPAN = 'zgc-dongsheng-phase-3-dongpan'; // has a drawn region
const XUEYUAN = 'xueyuan-road-science-park-dongsheng'; // plan names 东升镇, the point is an enclave in 学院路街道

const draftOf = (id: string, changes: Partial<SiteDraft> = {}): SiteDraft => ({
  ...draftFromPark(park(id), NOW),
  ...changes,
});
const codes = (d: SiteDraft, id: string) => checkDraft(d, park(id), ctx).issues.map((i) => `${i.field}:${i.code}`);
const BASIS = {
  basisZh: '按2026年5月现场核实的园区正门位置（北京市海淀区清华东路某号）定点，误差为园区范围。',
  basisEn: 'Placed at the main gate of the park as checked on site in May 2026; the error covers the campus.',
};

describe('checkDraft', () => {
  it.each(PARKS.filter((p) => p.id !== XUEYUAN).map((p) => p.id))(
    '%s: the data as it stands is ready and changes nothing',
    (id) => {
      const check = checkDraft(draftOf(id), park(id), ctx);
      expect(check.issues.filter((i) => i.level === 'error')).toEqual([]);
      expect(check).toMatchObject({ changed: false, moved: false, movedM: 0, inDistrict: true });
    },
  );

  it('an enclave already in the data (东升镇 park placed in 学院路街道) asks for the reason a patch must carry', () => {
    const check = checkDraft(draftOf(XUEYUAN), park(XUEYUAN), ctx);
    expect(check.outsidePlanTown).toBe(true);
    expect(check.town).toEqual({ zh: '学院路街道', en: 'Xueyuan Road Subdistrict' });
    expect(check.issues.map((i) => i.code)).toEqual(['outsidePlanTown', 'reasonShort']);
  });

  it('moves within the town: the town, the distance, ready', () => {
    const check = checkDraft(draftOf(HAIKAI, { point: IN_DONGSHENG, ...BASIS }), park(HAIKAI), ctx);
    expect(check.town?.zh).toBe('东升镇');
    expect(check.movedM).toBeCloseTo(314, -1); // ±5 m
    expect(check).toMatchObject({ moved: true, changed: true, outsidePlanTown: false });
    expect(isReady(check)).toBe(true);
  });

  it('warns when the point moved but the basis is still the data’s', () => {
    expect(codes(draftOf(HAIKAI, { point: IN_DONGSHENG }), HAIKAI)).toEqual(['basisZh:basisStale']);
    expect(isReady(checkDraft(draftOf(HAIKAI, { point: IN_DONGSHENG }), park(HAIKAI), ctx))).toBe(true);
  });

  it('leaving the town the plan names: warns, and wants a reason and "飞地" / "enclave" in the basis', () => {
    const moved = draftOf(HAIKAI, { point: IN_XUEYUAN, ...BASIS });
    expect(codes(moved, HAIKAI)).toEqual([
      'point:outsidePlanTown',
      'basisZh:basisZhEnclave',
      'basisEn:basisEnEnclave',
      'outsideReason:reasonShort',
    ]);
    const explained = {
      ...moved,
      basisZh: `${BASIS.basisZh}该园区为东升镇在学院路街道的飞地。`,
      basisEn: `${BASIS.basisEn} The park is an enclave of Dongsheng Town.`,
      outsideReason: '东升镇在学院路街道的飞地',
    };
    const check = checkDraft(explained, park(HAIKAI), ctx);
    expect(check.issues.map((i) => i.code)).toEqual(['outsidePlanTown']);
    expect(isReady(check)).toBe(true);
    // The patch carries the reason, and the command line's check accepts it without a warning.
    const edit = draftToEdit(explained, park(HAIKAI), check);
    expect(edit.allowOutsideTown).toBe('东升镇在学院路街道的飞地');
    expect(checkPatch(buildPatch([edit], new Date(NOW)), CURRENT, ctx)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses to move a park out of a town derived from its location', () => {
    expect(codes(draftOf(QUANTUM, { point: IN_DONGSHENG, ...BASIS }), QUANTUM)).toEqual(['point:outsideLocationTown']);
  });

  it('refuses a point outside the district', () => {
    const check = checkDraft(draftOf(HAIKAI, { point: [116.5, 39.9], ...BASIS }), park(HAIKAI), ctx);
    expect(check.inDistrict).toBe(false);
    expect(check.town).toBeNull();
    expect(check.issues.map((i) => i.code)).toEqual(['outsideDistrict']);
  });

  it.each<[string, string | null]>([
    ['150', null],
    ['１５０', null],
    ['  80.5 ', null],
    ['', 'accuracyNumber'],
    ['0', 'accuracyNumber'],
    ['-5', 'accuracyNumber'],
    ['150m', 'accuracyNumber'],
    ['abc', 'accuracyNumber'],
  ])('accuracy %j → %s', (accuracyM, code) => {
    const issues = checkDraft(draftOf(HAIKAI, { accuracyM }), park(HAIKAI), ctx).issues;
    expect(issues.filter((i) => i.field === 'accuracyM').map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it.each<[Partial<SiteDraft>, string[]]>([
    [{ basisZh: '' }, ['basisZh:basisZhShort']],
    [{ basisZh: '按园区正门定点' }, ['basisZh:basisZhShort']],
    [{ basisZh: 'Placed at the main gate of the park, checked on site' }, ['basisZh:basisZhShort']],
    [{ basisEn: '   ' }, ['basisEn:basisEnShort']],
    [{ basisEn: 'Placed at the main gate.' }, ['basisEn:basisEnShort']],
    [{ basisEn: BASIS.basisZh + BASIS.basisZh, basisZh: BASIS.basisZh + BASIS.basisZh }, ['basisEn:basisEnSame']],
  ])('basis %j', (changes, expected) => {
    expect(codes(draftOf(HAIKAI, changes), HAIKAI)).toEqual(expected);
  });

  it('keeps a drawn region only while the point has not moved, and wants the accuracy to reach it', () => {
    const p = park(DONGPAN);
    const still = draftOf(DONGPAN, { accuracyM: '100' });
    expect(codes(still, DONGPAN)).toEqual(['accuracyM:accuracyRegion']);
    expect(draftRegion(draftOf(DONGPAN), p, ctx).rings).toEqual([p.geocode.region!.coordinates[0]]);
    const moved = draftOf(DONGPAN, { point: [p.coordinates[0] + 0.001, p.coordinates[1]], accuracyM: '100', ...BASIS });
    expect(codes(moved, DONGPAN)).toEqual([]);
    expect(draftRegion(moved, p, ctx)).toEqual({ center: moved.point, radiusKm: 0.1, rings: null });
    const edit = draftToEdit(moved, p, checkDraft(moved, p, ctx));
    expect(edit.geocode.region).toBeUndefined();
    expect(draftToEdit(draftOf(DONGPAN), p, checkDraft(draftOf(DONGPAN), p, ctx)).geocode.region).toEqual(
      p.geocode.region,
    );
  });

  it('places a town-level draft in the part of the town holding the point', () => {
    const region = draftRegion(draftOf(HAIKAI, { point: IN_DONGSHENG }), park(HAIKAI), ctx);
    expect(region.center).toEqual(IN_DONGSHENG);
    expect(region.rings?.length).toBeGreaterThan(0);
  });
});

describe('readTypedPoint', () => {
  it('converts GCJ-02 text to the WGS-84 point', () => {
    const r = readTypedPoint({ coordText: '116.376236, 40.043388', datum: 'gcj02' }, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.point[0]).toBeCloseTo(IN_DONGSHENG[0], 5);
      expect(r.point[1]).toBeCloseTo(IN_DONGSHENG[1], 5);
    }
  });
  it('reads BD-09 and latitude-first text', () => {
    const r = readTypedPoint({ coordText: '40.049494, 116.382680', datum: 'bd09' }, ctx);
    expect(r.ok && r.latFirst).toBe(true);
    if (r.ok) expect(r.point[0]).toBeCloseTo(IN_DONGSHENG[0], 4);
  });
  it.each<[string, string]>([
    ['', 'empty'],
    ['116.37', 'format'],
    ['200, 40', 'range'],
    ['121.47, 31.23', 'outside'],
  ])('refuses %j (%s)', (coordText, reason) => {
    expect(readTypedPoint({ coordText, datum: 'wgs84' }, ctx)).toEqual({ ok: false, reason });
  });
});

describe('editing and undo', () => {
  const start = (): DraftEntry => ({ draft: draftOf(HAIKAI), history: [], lastField: null });

  it('makes typing in one field one undo step, and every move its own', () => {
    let e = start();
    e = editEntry(e, { basisEn: 'P' }, 'basisEn', NOW);
    e = editEntry(e, { basisEn: 'Pl' }, 'basisEn', NOW);
    e = editEntry(e, { point: IN_DONGSHENG }, 'point', NOW);
    e = editEntry(e, { point: IN_XUEYUAN }, 'point', NOW);
    expect(e.history).toHaveLength(3);
    e = undoEntry(e)!;
    expect(e.draft.point).toEqual(IN_DONGSHENG);
    e = undoEntry(e)!;
    expect(e.draft.point).toEqual(park(HAIKAI).coordinates);
    expect(e.draft.basisEn).toBe('Pl');
    e = undoEntry(e)!;
    expect(e.draft).toEqual(start().draft);
    expect(undoEntry(e)).toBeNull();
  });

  it('keeps at most MAX_UNDO steps', () => {
    let e = start();
    for (let i = 0; i < MAX_UNDO + 10; i++) e = editEntry(e, { point: [116.37 + i * 1e-4, 40.042] }, 'point', NOW);
    expect(e.history).toHaveLength(MAX_UNDO);
  });

  it('stamps the edit time', () => {
    expect(editEntry(start(), { source: 'x' }, 'source', '2026-06-01T00:00:00.000Z').draft.editedAt).toBe(
      '2026-06-01T00:00:00.000Z',
    );
  });
});

describe('stored drafts', () => {
  const ids = new Set(PARKS.map((p) => p.id));
  const entry: DraftEntry = {
    draft: draftOf(HAIKAI, { point: IN_DONGSHENG }),
    history: [draftOf(HAIKAI)],
    lastField: 'point',
  };

  it('round-trips', () => {
    const text = serializeStoredDrafts({ [HAIKAI]: entry });
    expect(parseStoredDrafts(text, ids)).toEqual({ drafts: { [HAIKAI]: entry }, corrupt: false, dropped: 0 });
  });
  it('reads nothing stored as no drafts', () => {
    expect(parseStoredDrafts(null, ids)).toEqual({ drafts: {}, corrupt: false, dropped: 0 });
  });
  it.each([
    '{not json',
    '[]',
    '{"format":"other","version":1,"drafts":{}}',
    '{"format":"haidian-site-editor-drafts","version":2,"drafts":{}}',
    'null',
  ])('reads %j as corrupt, with no drafts', (text) => {
    expect(parseStoredDrafts(text, ids)).toEqual({ drafts: {}, corrupt: true, dropped: 0 });
  });
  it('drops a malformed entry or an unknown park and keeps the rest', () => {
    const data = JSON.parse(serializeStoredDrafts({ [HAIKAI]: entry })) as { drafts: Record<string, unknown> };
    data.drafts['no-such-park'] = entry;
    data.drafts[QUANTUM] = { ...entry, draft: { ...entry.draft, point: ['a', 1] } };
    expect(parseStoredDrafts(JSON.stringify(data), ids)).toEqual({
      drafts: { [HAIKAI]: entry },
      corrupt: false,
      dropped: 2,
    });
  });
});

describe('exportPlan', () => {
  it('exports the ready changed drafts in plan order and lists the others', () => {
    const drafts: Record<string, DraftEntry> = {
      [QUANTUM]: { draft: draftOf(QUANTUM, { accuracyM: '150' }), history: [], lastField: null },
      [HAIKAI]: { draft: draftOf(HAIKAI, { point: IN_DONGSHENG, ...BASIS }), history: [], lastField: null },
      [XUEYUAN]: { draft: draftOf(XUEYUAN), history: [], lastField: null },
      'zgc-bonded-zone-phase-1': { draft: draftOf('zgc-bonded-zone-phase-1'), history: [], lastField: null },
      'no-such-park': { draft: draftOf(HAIKAI), history: [], lastField: null },
    };
    const plan = exportPlan(drafts, PARK_BY_ID, ctx);
    expect(plan.edits.map((e) => e.properties.id)).toEqual([HAIKAI, QUANTUM]);
    expect(plan.notReady.map((r) => r.id)).toEqual([XUEYUAN]);
    expect(plan.unchanged).toEqual(['zgc-bonded-zone-phase-1']);

    // The file parses back, passes the command line's checks, and round-trips into the same drafts.
    const text = serializePatch(buildPatch(plan.edits, new Date(NOW)));
    const parsed = parsePatch(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(checkPatch(parsed.value, CURRENT, ctx)).toEqual({ errors: [], warnings: [] });
    const haikai = parsed.value.features.find((f) => f.properties.id === HAIKAI)!;
    expect(haikai.geometry.coordinates).toEqual(IN_DONGSHENG);
    expect(draftFromPatchFeature(haikai)).toEqual({ ...drafts[HAIKAI]!.draft, editedAt: haikai.editedAt });
    expect(parsed.value.features.find((f) => f.properties.id === QUANTUM)!.properties.geocode.accuracyM).toBe(150);
  });
});
