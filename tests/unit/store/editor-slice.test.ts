import { describe, it, expect, beforeEach } from 'vitest';
import { useAppStore } from '../../../src/store/index.ts';
import { DRAFTS_BACKUP_KEY, DRAFTS_KEY, startDraftStorage } from '../../../src/store/editor-storage.ts';
import { applySearch, selectShareState } from '../../../src/store/url-sync.ts';
import { serializeUrlState } from '../../../src/lib/url-state.ts';
import { PARK_BY_ID, PARKS } from '../../../src/data/index.ts';
import { draftFromPark } from '../../../src/lib/site-draft.ts';
import { memoryStorage } from './memory-storage.ts';
import { localIsoDate } from '../../../src/lib/format.ts';

const HAIKAI = 'dongsheng-science-park-haikai';
const QUANTUM = 'zgc-haidian-quantum-future-industry-park';
const MOVED: [number, number] = [116.37, 40.042];

const s = () => useAppStore.getState();

describe('editor slice', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('opens on a park, selecting it; closing keeps the selection', () => {
    s().openEditor(HAIKAI);
    expect(s()).toMatchObject({ editorOpen: true, editorParkId: HAIKAI, selection: { kind: 'park', id: HAIKAI } });
    s().closeEditor();
    expect(s()).toMatchObject({ editorOpen: false, editorParkId: HAIKAI, selection: { kind: 'park', id: HAIKAI } });
    s().openEditor('no-such-park');
    expect(s().editorParkId).toBe(HAIKAI);
  });

  it('starts a draft from the data on the first edit, and undoes it step by step', () => {
    s().editDraft(HAIKAI, { point: MOVED }, 'point');
    const entry = s().drafts[HAIKAI]!;
    expect(entry.draft.point).toEqual(MOVED);
    expect(entry.history).toEqual([
      { ...draftFromPark(PARK_BY_ID.get(HAIKAI)!, ''), editedAt: entry.history[0]!.editedAt },
    ]);
    s().undoDraft(HAIKAI);
    expect(s().drafts[HAIKAI]!.draft.point).toEqual(PARK_BY_ID.get(HAIKAI)!.coordinates);
    const before = s().drafts;
    s().undoDraft(HAIKAI);
    expect(s().drafts).toBe(before);
  });

  it('ignores an unknown park, and discards only what exists', () => {
    s().editDraft('no-such-park', { accuracyM: '1' }, 'accuracyM');
    expect(s().drafts).toEqual({});
    s().editDraft(HAIKAI, { accuracyM: '1' }, 'accuracyM');
    s().discardDraft(QUANTUM);
    expect(Object.keys(s().drafts)).toEqual([HAIKAI]);
    s().discardDraft(HAIKAI);
    expect(s().drafts).toEqual({});
  });

  it('states in the source which online basemap a point was placed on, and drops it when the point moves otherwise', () => {
    const today = localIsoDate(new Date());
    s().editDraft(HAIKAI, { source: '东升镇政府网站，2026-11-30' }, 'source');
    s().moveDraftPoint(HAIKAI, MOVED, { zh: '天地图影像', en: 'Tianditu imagery' });
    expect(s().drafts[HAIKAI]!.draft.point).toEqual(MOVED);
    expect(s().drafts[HAIKAI]!.draft.source).toBe(
      `东升镇政府网站，2026-11-30; 在天地图影像上定位，${today} / placed on Tianditu imagery, ${today}`,
    );
    // Moved again on another basemap: one statement, the latest.
    s().moveDraftPoint(HAIKAI, [116.371, 40.043], { zh: '高德卫星影像', en: 'AMap satellite imagery' });
    expect(s().drafts[HAIKAI]!.draft.source).toBe(
      `东升镇政府网站，2026-11-30; 在高德卫星影像上定位，${today} / placed on AMap satellite imagery, ${today}`,
    );
    // Typed coordinates or the embedded map: the statement goes, the rest stays; each move is one undo step.
    s().moveDraftPoint(HAIKAI, [116.372, 40.044], null);
    expect(s().drafts[HAIKAI]!.draft.source).toBe('东升镇政府网站，2026-11-30');
    s().undoDraft(HAIKAI);
    expect(s().drafts[HAIKAI]!.draft.source).toContain('高德卫星影像');
  });

  it('imports drafts as one undoable step each', () => {
    s().editDraft(HAIKAI, { accuracyM: '900' }, 'accuracyM');
    const imported = { ...s().drafts[HAIKAI]!.draft, point: MOVED };
    s().importDrafts({ [HAIKAI]: imported, 'no-such-park': imported });
    expect(Object.keys(s().drafts)).toEqual([HAIKAI]);
    expect(s().drafts[HAIKAI]!.draft).toEqual(imported);
    s().undoDraft(HAIKAI);
    expect(s().drafts[HAIKAI]!.draft.accuracyM).toBe('900');
    expect(s().drafts[HAIKAI]!.draft.point).toEqual(PARK_BY_ID.get(HAIKAI)!.coordinates);
  });
});

describe('edit=1 in the link', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('opens the editor on the linked park, and writes edit=1 back', () => {
    expect(applySearch(`?edit=1&park=${HAIKAI}`, 'zh')).toBe(0);
    expect(s()).toMatchObject({ editorOpen: true, editorParkId: HAIKAI });
    expect(serializeUrlState(selectShareState(s()))).toBe(`?park=${HAIKAI}&edit=1`);
  });
  it('ignores a bad value with the usual notice', () => {
    expect(applySearch('?edit=yes', 'zh')).toBe(1);
    expect(s().editorOpen).toBe(false);
    expect(s().notices.map((n) => [n.key, n.values])).toEqual([['notice.urlIgnored', { list: 'edit=yes' }]]);
  });
});

describe('draft storage', () => {
  let stop = () => {};
  beforeEach(() => {
    stop();
    useAppStore.setState(useAppStore.getInitialState(), true);
  });

  it('writes drafts as they change and reads them back after a reload', async () => {
    const storage = memoryStorage();
    stop = startDraftStorage(storage);
    s().editDraft(HAIKAI, { point: MOVED }, 'point');
    expect(storage.data.get(DRAFTS_KEY)).toContain(HAIKAI);
    stop();

    useAppStore.setState(useAppStore.getInitialState(), true);
    const started = startDraftStorage(storage);
    stop = started;
    await started.read;
    expect(s().drafts[HAIKAI]!.draft.point).toEqual(MOVED);
    expect(s().drafts[HAIKAI]!.history).toHaveLength(1);
    expect(s().notices).toEqual([]);

    s().discardDraft(HAIKAI);
    expect(storage.data.has(DRAFTS_KEY)).toBe(false);
  });

  it('turns unreadable storage into a notice and no drafts, keeping the text aside', async () => {
    const storage = memoryStorage({ [DRAFTS_KEY]: '{"format":"haidian-site-editor-drafts","version":1,"drafts":' });
    const started = startDraftStorage(storage);
    stop = started;
    await started.read;
    expect(s().drafts).toEqual({});
    expect(s().notices.map((n) => n.key)).toEqual(['editor.notice.corrupt']);
    expect(storage.data.get(DRAFTS_BACKUP_KEY)).toContain('haidian-site-editor-drafts');
  });

  it('keeps an edit made while the stored drafts are read, and stores both once they are', async () => {
    const storage = memoryStorage();
    stop = startDraftStorage(storage);
    s().editDraft(HAIKAI, { point: MOVED }, 'point');
    stop();
    useAppStore.setState(useAppStore.getInitialState(), true);
    const started = startDraftStorage(storage);
    stop = started;
    const other = PARKS.find((p) => p.id !== HAIKAI)!.id;
    s().editDraft(other, { accuracyM: '700' }, 'accuracyM');
    // Not written over before the stored text is read.
    expect(storage.data.get(DRAFTS_KEY)).not.toContain(other);
    await started.read;
    expect(Object.keys(s().drafts).sort()).toEqual([HAIKAI, other].sort());
    expect(s().drafts[other]!.draft.accuracyM).toBe('700');
    expect(storage.data.get(DRAFTS_KEY)).toContain(other);
    expect(storage.data.get(DRAFTS_KEY)).toContain(HAIKAI);
  });

  it('says once when drafts cannot be saved, and keeps them in the page', () => {
    stop = startDraftStorage(memoryStorage({}, true));
    s().editDraft(HAIKAI, { point: MOVED }, 'point');
    s().editDraft(HAIKAI, { accuracyM: '100' }, 'accuracyM');
    expect(s().notices.map((n) => n.key)).toEqual(['editor.notice.saveFailed']);
    expect(s().drafts[HAIKAI]!.draft.accuracyM).toBe('100');
  });

  it('works without any storage', () => {
    stop = startDraftStorage(null);
    s().editDraft(HAIKAI, { point: MOVED }, 'point');
    expect(s().notices.map((n) => n.key)).toEqual(['editor.notice.saveFailed']);
  });
});
