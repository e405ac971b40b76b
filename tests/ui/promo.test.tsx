import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render, screen, within, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { CompareTray } from '../../src/features/promo/CompareTray.tsx';
import { CompareView } from '../../src/features/promo/CompareView.tsx';
import { PresentMode } from '../../src/features/promo/PresentMode.tsx';
import { HeaderActions } from '../../src/features/promo/HeaderActions.tsx';
import { EMPTY_FILTERS } from '../../src/lib/filters.ts';

const renderWith = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);

const VALLEY = 'zgc-international-medical-valley';
const BONDED = 'zgc-bonded-zone-phase-1';
const IC_DESIGN = 'ic-design-park-phase-2';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  void i18n.changeLanguage('zh');
});

describe('CompareTray and CompareView', () => {
  it('lists the picked parks and asks for a second one', () => {
    useAppStore.getState().toggleCompare(BONDED);
    renderWith(<CompareTray />);
    const tray = screen.getByRole('region', { name: '对比栏' });
    expect(within(tray).getByText('中关村综保区(一期)')).toBeInstanceOf(HTMLElement);
    expect(within(tray).getByText('再选一个园区即可对比（最多 4 个）。')).toBeInstanceOf(HTMLElement);
    expect((within(tray).getByRole('button', { name: /对比 1 个园区/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens a side-by-side table of three parks with the plan figures, the largest marked', async () => {
    for (const id of [BONDED, VALLEY, IC_DESIGN]) useAppStore.getState().toggleCompare(id);
    renderWith(
      <>
        <CompareView />
        <CompareTray />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: /对比 3 个园区/ }));
    expect(useAppStore.getState().compareOpen).toBe(true);
    const dialog = screen.getByRole('dialog', { name: '园区对比' });
    const cols = within(dialog).getAllByRole('columnheader').map((th) => th.textContent);
    expect(cols.slice(0, 3).join('|')).toMatch(/中关村综保区\(一期\).*\|.*中关村科学城国际医谷.*\|.*集成电路设计园二期/);
    const floor = within(dialog).getByRole('row', { name: /总建筑面积/ });
    expect(within(floor).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12.1万㎡', '80.7万㎡ 最大', '3.5万㎡']);
    const above = within(dialog).getByRole('row', { name: /其中地上/ });
    expect(within(above).getAllByRole('cell').map((c) => c.textContent)).toEqual(['7.9万㎡', '59.15万㎡ 最大', '规划未给出']);
    // The towns differ (温泉镇, 上庄镇, 西北旺镇): the row is marked.
    expect(within(dialog).getByRole('row', { name: /所在镇街.*各园区不同/ })).toBeInstanceOf(HTMLElement);
    expect(within(dialog).getByRole('row', { name: /最近地铁站（现状）/ })).toBeInstanceOf(HTMLElement);
    expect(within(dialog).getByRole('row', { name: /最近地铁站（规划后）/ })).toBeInstanceOf(HTMLElement);
    const matrix = within(dialog).getByRole('table', { name: '园区之间的直线距离' });
    expect(within(matrix).getAllByRole('row')).toHaveLength(4);
  });

  it('closes with Escape', async () => {
    for (const id of [BONDED, VALLEY]) useAppStore.getState().toggleCompare(id);
    useAppStore.getState().setCompareOpen(true);
    renderWith(<CompareView />);
    expect(screen.getByRole('dialog')).toBeInstanceOf(HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().compareOpen).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('PresentMode', () => {
  it('tours the filtered parks with the arrow keys and leaves with Escape, keeping the park', async () => {
    useAppStore.setState({ filters: { ...EMPTY_FILTERS, industries: ['biomed'] }, presenting: true });
    renderWith(<PresentMode />);
    // The tour starts at the first biomed park (plan order): 1, 10, 14, 15, 17.
    expect(useAppStore.getState().selectedParkId).toBe(BONDED);
    expect(screen.getByText('1 / 5')).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('中关村综保区(一期)');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText('3 / 5')).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('中关村科学城国际医谷');
    expect(screen.getByText('80.7万㎡')).toBeInstanceOf(HTMLElement);
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(screen.getByText('5 / 5')).toBeInstanceOf(HTMLElement);
    expect((screen.getByRole('button', { name: '下一个园区' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '上一个园区' }));
    expect(screen.getByText('4 / 5')).toBeInstanceOf(HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().presenting).toBe(false);
    expect(useAppStore.getState().selectedParkId).toBe('sijiqing-life-science-park');
  });

  it('tours the compare set when it is not empty', () => {
    useAppStore.setState({ compareIds: [VALLEY, IC_DESIGN], presenting: true });
    renderWith(<PresentMode />);
    expect(screen.getByText('1 / 2')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('对比园区')).toBeInstanceOf(HTMLElement);
    expect(useAppStore.getState().selectedParkId).toBe(VALLEY);
  });
});

describe('HeaderActions', () => {
  it('copies the link and shows it with a QR code', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
    renderWith(<HeaderActions />);
    await userEvent.click(screen.getByRole('button', { name: '分享' }));
    const dialog = screen.getByRole('dialog', { name: '分享当前视图' });
    expect((within(dialog).getByRole('textbox', { name: '链接' }) as HTMLInputElement).value).toBe(window.location.href);
    // jsdom has no canvas, so the QR code itself is checked in Chromium (tests/e2e/promo.test.mjs).
    expect(dialog.querySelector<HTMLCanvasElement>('canvas[aria-label="当前链接的二维码"]')?.dataset.qrText).toBe(window.location.href);
    await userEvent.click(within(dialog).getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(within(dialog).getByRole('status').textContent).toBe('链接已复制。');
  });

  it('exports the filtered parks as CSV', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    useAppStore.setState({ filters: { ...EMPTY_FILTERS, industries: ['biomed'] } });
    renderWith(<HeaderActions />);
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(screen.getByText('导出当前筛选的 5 个园区：')).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: /表格（CSV）/ }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await blobs[0]!.text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(screen.queryByRole('group', { name: '导出' })).toBeNull();
  });

  it('enters presentation mode', async () => {
    renderWith(<HeaderActions />);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: '演示' }));
    });
    expect(useAppStore.getState().presenting).toBe(true);
  });
});
