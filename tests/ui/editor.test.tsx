/**
 * The site editor (issue 13, part 1) with the whole app mounted, the real store, the real drafts storage (jsdom's
 * localStorage) and the real data: opened from a link or a park card, moved with typed GCJ-02 coordinates, kept over a
 * "reload" (the store re-created and the storage read again), undone, discarded after a confirmation, exported to a
 * patch that parsePatch accepts, and a bad patch imported.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../src/store/index.ts';
import { startUrlSync } from '../../src/store/url-sync.ts';
import { DRAFTS_KEY, startDraftStorage } from '../../src/store/editor-storage.ts';
import { PARK_BY_ID } from '../../src/data/index.ts';
import { parsePatch } from '../../src/lib/patch.ts';
import * as maplibre from '../../src/map/maplibre.ts';
import { renderUi } from './render.tsx';

// 东升科技园（海开）: the plan names 东升镇. 116.370000, 40.042000 (WGS-84) lies 314 m away in 东升镇; AMap (GCJ-02)
// shows it at 116.376236, 40.043388 (gcoord; tests/unit/lib/site-draft.test.ts).
const HAIKAI = 'dongsheng-science-park-haikai';
const HAIKAI_NAME = PARK_BY_ID.get(HAIKAI)!.name.zh;
const GCJ = '116.376236, 40.043388';
const QUANTUM = 'zgc-haidian-quantum-future-industry-park';

const s = () => useAppStore.getState();
let stops: (() => void)[] = [];

/** Renders the app; while the editor is open, waits until its panel is there. */
async function renderApp() {
  const view = renderUi();
  if (s().editorOpen) await editorLoaded();
  return view;
}
const editorLoaded = () =>
  waitFor(() => expect(document.querySelector('.editor-head')).not.toBeNull(), { timeout: 10_000 });
const editor = () => screen.getByRole('region', { name: '纠正园区位置' });
const feedback = () => within(editor()).getByRole('status', { name: '实时检查' });

/** Types GCJ-02 coordinates for the editor's park and moves the point there. */
async function moveByGcj(user: ReturnType<typeof userEvent.setup>) {
  const panel = editor();
  await user.selectOptions(within(panel).getByLabelText('坐标系'), 'gcj02');
  await user.type(within(panel).getByLabelText('坐标（经度, 纬度）'), GCJ);
  expect(within(panel).getByText('换算为 WGS-84：116.370000, 40.042000').textContent).toBe(
    '换算为 WGS-84：116.370000, 40.042000',
  );
  await user.click(within(panel).getByRole('button', { name: '移到此坐标' }));
}

/** A "reload": the page's store starts afresh and the drafts are read from storage again. */
async function reload() {
  stops.forEach((stop) => stop());
  stops = [];
  useAppStore.setState(useAppStore.getInitialState(), true);
  const storage = startDraftStorage(window.localStorage);
  stops.push(storage);
  await storage.read;
}

describe('site editor', () => {
  beforeEach(() => {
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
    useAppStore.setState(useAppStore.getInitialState(), true);
    stops.push(startDraftStorage(window.localStorage));
  });
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    window.history.replaceState(null, '', '/');
  });

  it('opens from ?edit=1 on the linked park; typed GCJ-02 coordinates show in WGS-84, then the distance and the town', async () => {
    // lang=zh: jsdom's browser language is English.
    window.history.replaceState(null, '', `/?lang=zh&edit=1&park=${HAIKAI}`);
    stops.push(startUrlSync(window));
    const user = userEvent.setup();
    await renderApp();
    expect(within(editor()).getByLabelText<HTMLSelectElement>('园区').value).toBe(HAIKAI);
    expect(within(feedback()).getByText('尚未移动').textContent).toBe('尚未移动');

    await moveByGcj(user);
    expect(within(editor()).getByText('当前点位（WGS-84）：116.370000, 40.042000').textContent).toBe(
      '当前点位（WGS-84）：116.370000, 40.042000',
    );
    const live = feedback();
    expect(within(live).getByText('距数据中的点位 310 米').textContent).toBe('距数据中的点位 310 米');
    expect(within(live).getByText('东升镇').textContent).toBe('东升镇');
    // The nearest station now and after the plan, from the draft's placement region.
    expect(within(live).getByText('最近车站（现状）').nextElementSibling?.textContent).toMatch(/^距.+站/);
    expect(within(live).getByText('最近车站（规划后）').nextElementSibling?.textContent).toMatch(/^距.+站/);
    expect(window.location.search).toBe(`?lang=zh&park=${HAIKAI}&edit=1`);

    // The typed text and the datum stay in the draft, with the point.
    const draft = s().drafts[HAIKAI]!.draft;
    expect(draft).toMatchObject({ coordText: GCJ, datum: 'gcj02' });
    expect(draft.point[0]).toBeCloseTo(116.37, 6);
    expect(draft.point[1]).toBeCloseTo(40.042, 6);
  });

  it('speaks English too (a coordinate placeholder named lng would switch the translator to another language)', async () => {
    const user = userEvent.setup();
    s().setLang('en');
    s().openEditor(HAIKAI);
    await renderApp();
    const panel = screen.getByRole('region', { name: "Correct a park's location" });
    await user.selectOptions(within(panel).getByLabelText('Datum'), 'gcj02');
    await user.type(within(panel).getByLabelText('Coordinates (longitude, latitude)'), GCJ);
    expect(within(panel).getByText('In WGS-84: 116.370000, 40.042000').textContent).toBe(
      'In WGS-84: 116.370000, 40.042000',
    );
    await user.click(within(panel).getByRole('button', { name: 'Move the point here' }));
    expect(within(panel).getByText('Point now (WGS-84): 116.370000, 40.042000').textContent).toBe(
      'Point now (WGS-84): 116.370000, 40.042000',
    );
    const live = within(panel).getByRole('status', { name: 'Live check' });
    expect(within(live).getByText('310 m from the point in the data').textContent).toBe(
      '310 m from the point in the data',
    );
    expect(within(live).getByText('Dongsheng Town').textContent).toBe('Dongsheng Town');
  });

  it('opens from the park card on that park, and closes back to the card', async () => {
    const user = userEvent.setup();
    s().selectPark(QUANTUM);
    await renderApp();
    await user.click(screen.getByRole('button', { name: '纠正位置' }));
    await editorLoaded();
    expect(s()).toMatchObject({ editorOpen: true, editorParkId: QUANTUM });
    expect(within(editor()).getByLabelText<HTMLSelectElement>('园区').value).toBe(QUANTUM);
    expect(document.activeElement?.id).toBe('editor-title');
    await user.click(within(editor()).getByRole('button', { name: '退出编辑' }));
    expect(screen.queryByRole('region', { name: '纠正园区位置' })).toBeNull();
    const title = PARK_BY_ID.get(QUANTUM)!.name.zh;
    expect(screen.getByRole('heading', { level: 2, name: (name) => name.startsWith(title) })).toBeInstanceOf(
      HTMLElement,
    );
  });

  it('warns when the point leaves the town the plan names, and then asks for the reason and "飞地"', async () => {
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    await renderApp();
    await user.type(within(editor()).getByLabelText('坐标（经度, 纬度）'), '116.34, 40.01');
    await user.click(within(editor()).getByRole('button', { name: '移到此坐标' }));
    expect(within(feedback()).getByText('学院路街道').textContent).toBe('学院路街道');
    expect(within(feedback()).getByText(/点位离开了规划所列的东升镇/).textContent).toMatch(
      /点位离开了规划所列的东升镇/,
    );
    const reason = within(editor()).getByLabelText('为何不在东升镇内（写入补丁，供审核）');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(editor()).getByText('请说明原因，至少 10 个字。').textContent).toBe('请说明原因，至少 10 个字。');
    expect(within(editor()).getByText(/中文依据须写明“飞地”/).textContent).toMatch(/中文依据须写明“飞地”/);

    await user.type(reason, '园区为东升镇在学院路街道的飞地');
    expect(reason.getAttribute('aria-invalid')).toBe('false');
    expect(s().drafts[HAIKAI]!.draft.outsideReason).toBe('园区为东升镇在学院路街道的飞地');
  });

  it('keeps every bad input as typed, with the problem next to the field', async () => {
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    await renderApp();
    const coords = within(editor()).getByLabelText<HTMLInputElement>('坐标（经度, 纬度）');
    await user.type(coords, '116.37 北');
    expect(coords.value).toBe('116.37 北');
    expect(coords.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(coords.getAttribute('aria-describedby')!)?.textContent).toBe(
      '请输入两个数字：经度, 纬度（如 116.3105, 40.0373）。',
    );
    expect(within(editor()).getByRole<HTMLButtonElement>('button', { name: '移到此坐标' }).disabled).toBe(true);

    await user.clear(coords);
    await user.type(coords, '121.47, 31.23');
    expect(within(editor()).getByText(/该坐标不在海淀区内/).textContent).toMatch(/该坐标不在海淀区内/);

    const accuracy = within(editor()).getByLabelText<HTMLInputElement>('误差半径（米）');
    await user.clear(accuracy);
    await user.type(accuracy, '约500');
    expect(accuracy.getAttribute('aria-invalid')).toBe('true');
    expect(within(editor()).getByText('请输入一个正数（米）。').textContent).toBe('请输入一个正数（米）。');

    const basis = within(editor()).getByLabelText<HTMLTextAreaElement>('定位依据（中文）');
    await user.clear(basis);
    expect(basis.getAttribute('aria-invalid')).toBe('true');
    expect(within(editor()).getByText('请用中文说明点位依据什么确定，至少 21 个字。').textContent).toBe(
      '请用中文说明点位依据什么确定，至少 21 个字。',
    );

    // Nothing typed is lost, and the point did not move.
    expect(s().drafts[HAIKAI]!.draft).toMatchObject({ coordText: '121.47, 31.23', accuracyM: '约500', basisZh: '' });
    expect(s().drafts[HAIKAI]!.draft.point).toEqual(PARK_BY_ID.get(HAIKAI)!.coordinates);
    expect(within(editor()).getByText('2 处待改').textContent).toBe('2 处待改');
  });

  it('keeps drafts over a reload, lists them, and undoes per park', async () => {
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    const first = await renderApp();
    await moveByGcj(user);
    first.unmount();

    await reload();
    s().openEditor(HAIKAI);
    await renderApp();
    expect(within(editor()).getByText('当前点位（WGS-84）：116.370000, 40.042000').textContent).toBe(
      '当前点位（WGS-84）：116.370000, 40.042000',
    );
    const list = within(editor()).getByRole('region', { name: '草稿（1）' });
    const item = within(list).getByText(HAIKAI_NAME).closest('li')!;
    expect(within(item).getByText(/移动 310 米/).textContent).toMatch(/移动 310 米/);
    expect(within(editor()).getByLabelText<HTMLInputElement>('坐标（经度, 纬度）').value).toBe(GCJ);

    await user.click(within(item).getByRole('button', { name: `撤销“${HAIKAI_NAME}”的上一步修改` }));
    const [lng, lat] = PARK_BY_ID.get(HAIKAI)!.coordinates;
    expect(within(editor()).getByText(`当前点位（WGS-84）：${lng.toFixed(6)}, ${lat.toFixed(6)}`)).toBeInstanceOf(
      HTMLElement,
    );
    expect(within(feedback()).getByText('尚未移动').textContent).toBe('尚未移动');
  });

  it('discards a draft only after a confirmation', async () => {
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    await renderApp();
    await moveByGcj(user);
    const discard = () => within(editor()).getByRole('button', { name: `丢弃“${HAIKAI_NAME}”的草稿` });

    await user.click(discard());
    const ask = within(editor()).getByRole('alertdialog');
    expect(ask.textContent).toContain(`丢弃“${HAIKAI_NAME}”的草稿？`);
    expect(document.activeElement?.textContent).toBe('保留');
    await user.click(within(ask).getByRole('button', { name: '保留' }));
    expect(Object.keys(s().drafts)).toEqual([HAIKAI]);

    await user.click(discard());
    await user.click(within(editor()).getByRole('button', { name: '确认丢弃' }));
    expect(s().drafts).toEqual({});
    expect(window.localStorage.getItem(DRAFTS_KEY)).toBeNull();
    expect(within(editor()).getByRole('region', { name: '草稿（0）' }).textContent).toContain('草稿（0）');
  });

  it('exports a patch after a summary, and the file parses with the new point', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => (blobs.push(b), 'blob:test')),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    await renderApp();
    await moveByGcj(user);
    const precision = within(editor()).getByLabelText('精度');
    await user.selectOptions(precision, 'address');
    const accuracy = within(editor()).getByLabelText('误差半径（米）');
    await user.clear(accuracy);
    await user.type(accuracy, '300');

    await user.click(within(editor()).getByRole('button', { name: '检查并导出补丁' }));
    const review = within(editor()).getByRole('region', { name: '导出前检查' });
    const change = review.querySelector(`li[data-park-id="${HAIKAI}"]`)!;
    const [lng, lat] = PARK_BY_ID.get(HAIKAI)!.coordinates;
    expect(change.textContent).toContain(`${lng.toFixed(6)}, ${lat.toFixed(6)} → 116.370000, 40.042000`);
    expect(change.textContent).toContain('移动 310 米');
    expect(change.textContent).toContain('精度：仅定位到镇街 → 按门牌地址定位');
    expect(change.textContent).toContain('误差：6.5 公里 → 300 米');

    await user.click(within(review).getByRole('button', { name: '下载补丁文件' }));
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^haidian-park-patch-\d{4}-\d{2}-\d{2}\.geojson$/);
    const parsed = parsePatch(await blobs[0]!.text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.features).toHaveLength(1);
    const f = parsed.value.features[0]!;
    expect(f.properties.id).toBe(HAIKAI);
    expect(f.geometry.coordinates).toEqual([116.37, 40.042]);
    expect(f.properties.geocode).toMatchObject({ precision: 'address', accuracyM: 300 });
  });

  it('imports a bad patch and lists each problem with the feature and the field', async () => {
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    await renderApp();
    const bad = {
      type: 'FeatureCollection',
      patch: { format: 'haidian-site-finder/park-patch', version: 1, createdAt: '2026-05-01T08:30:00Z' },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [116.37, 40.042] },
          properties: { id: HAIKAI, geocode: { precision: 'street', accuracyM: -5 } },
          editedAt: 'yesterday',
        },
      ],
    };
    const input = within(editor()).getByLabelText<HTMLInputElement>('导入补丁文件');
    await user.upload(input, new File([JSON.stringify(bad)], 'bad.geojson', { type: 'application/geo+json' }));
    const result = await within(editor()).findByRole('region', { name: '导入的补丁：bad.geojson' });
    const problems = within(result).getByRole('alert');
    expect(problems.textContent).toContain('无法读取该补丁（3 处问题）');
    const items = within(problems)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^feature #0 \(dongsheng-science-park-haikai\) › editedAt: /),
      expect.stringMatching(/^feature #0 \(dongsheng-science-park-haikai\) › properties\.geocode\.precision: /),
      expect.stringMatching(/^feature #0 \(dongsheng-science-park-haikai\) › properties\.geocode\.accuracyM: /),
    ]);
    expect(s().drafts).toEqual({});
  });

  it('imports a good patch: the same summary, then the drafts', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (blobs.push(b), 'blob:test')), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    s().openEditor(HAIKAI);
    await renderApp();
    await moveByGcj(user);
    await user.click(within(editor()).getByRole('button', { name: '检查并导出补丁' }));
    await user.click(within(editor()).getByRole('button', { name: '下载补丁文件' }));
    const text = await blobs[0]!.text();
    await user.click(within(editor()).getByRole('button', { name: '返回' }));
    s().discardDraft(HAIKAI);

    await user.upload(
      within(editor()).getByLabelText('导入补丁文件'),
      new File([text], 'haikai.geojson', { type: 'application/geo+json' }),
    );
    const result = await within(editor()).findByRole('region', { name: '导入的补丁：haikai.geojson' });
    expect(result.querySelector(`li[data-park-id="${HAIKAI}"]`)?.textContent).toContain('移动 310 米');
    expect(within(result).queryByRole('alert')).toBeNull();
    await user.click(within(result).getByRole('button', { name: '载入草稿（1 个园区）' }));
    expect(within(result).getByRole('status').textContent).toBe('已将 1 个园区载入草稿，每个都可撤销。');
    expect(s().drafts[HAIKAI]!.draft.point).toEqual([116.37, 40.042]);
  });

  it('turns corrupt stored drafts into a notice and an empty list, without a crash', async () => {
    stops.forEach((stop) => stop());
    stops = [];
    window.localStorage.setItem(DRAFTS_KEY, '{"format":"haidian-site-editor-drafts","version":1,"drafts":{"x":');
    useAppStore.setState(useAppStore.getInitialState(), true);
    const storage = startDraftStorage(window.localStorage);
    stops.push(storage);
    await storage.read;
    s().openEditor(HAIKAI);
    await renderApp();
    await waitFor(() =>
      expect(screen.getByText(/浏览器中保存的位置草稿无法读取/).textContent).toMatch(/浏览器中保存的位置草稿无法读取/),
    );
    expect(within(editor()).getByRole('region', { name: '草稿（0）' }).textContent).toContain('草稿（0）');
  });
});
