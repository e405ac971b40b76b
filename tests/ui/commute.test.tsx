/**
 * Door to door in components (issue 22): the filter's chooser and limit write the store; the card's block states the
 * interval the model gives, with the route of each end; a failed network load says so; the reach summary asks for a
 * destination before it has one.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { PARKS } from '../../src/data/index.ts';
import { CommuteFilter } from '../../src/features/commute/CommuteFilter.tsx';
import { ParkCommuteBlock } from '../../src/features/commute/ParkCommuteBlock.tsx';
import { ReachSummary } from '../../src/features/commute/ReachSummary.tsx';
import { doorToDoor, prepareMetro } from '../../src/lib/metro/door-to-door.ts';
import type { MetroNetworkFile } from '../../src/lib/schema.ts';
import { renderUi, resetStore } from './render.tsx';

const NETWORK = readFileSync('geo/metro-network.json', 'utf8');
// 上地信息路26号 (seq 18), placed to ±300 m.
const quantum = PARKS.find((p) => p.seq === 18)!;

describe('door to door in components', () => {
  beforeEach(async () => {
    resetStore();
    await i18n.changeLanguage('zh');
  });
  afterEach(() => vi.unstubAllGlobals());

  // First: the network, once loaded, stays loaded for the page (src/data/metro.ts).
  it('a network that fails to load says so instead of a time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 500 })),
    );
    renderUi(<ParkCommuteBlock park={quantum} />, { commuteTo: 'xierqi' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('地铁网络加载失败。'));
    expect(screen.queryByText(/分钟/)).toBeNull();
  });

  it('the filter chooses a destination, reverses the trip and sets the limit in the store', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(NETWORK)),
    );
    renderUi(<CommuteFilter />);
    fireEvent.change(screen.getByLabelText('目的地'), { target: { value: 'xierqi' } });
    expect(useAppStore.getState().commuteTo).toBe('xierqi');
    fireEvent.click(screen.getByLabelText('反向：从目的地到园区（如员工住处）'));
    expect(useAppStore.getState().commuteFrom).toBe(true);
    fireEvent.change(screen.getByLabelText('通勤不超过（分钟）'), { target: { value: '45' } });
    expect(useAppStore.getState().filters.commute.maxMin).toBe(45);
  });

  it("the card's block states the model's interval now and after the plan, and the route of each end", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(NETWORK)),
    );
    const metro = prepareMetro(JSON.parse(NETWORK) as MetroNetworkFile);
    const want = (scenario: 'now' | 'plan') =>
      doorToDoor(quantum.region, { kind: 'station', id: 'xierqi' }, metro, { scenario, direction: 'to' });
    const now = want('now');
    const plan = want('plan');
    const low = Math.floor(now.lowMin!);
    const high = Math.ceil(now.highMin!);
    const same = Math.floor(plan.lowMin!) === low && Math.ceil(plan.highMin!) === high;
    renderUi(<ParkCommuteBlock park={quantum} />, { commuteTo: 'xierqi' });
    const line = await screen.findByText(/^到西二旗 约/, {}, { timeout: 5000 });
    expect(line.textContent).toBe(
      `到西二旗 约 ${low}–${high} 分钟 · ${same ? '规划后不变' : `规划后 约 ${Math.floor(plan.lowMin!)}–${Math.ceil(plan.highMin!)} 分钟`}`,
    );
    expect(screen.getByText('最快情况').nextSibling?.textContent).toMatch(
      /^步行约 \d+ 米 → 清河站上车 → .+ → 到西二旗$/,
    );
    expect(screen.getByText('最慢情况').nextSibling?.textContent).toMatch(/→ 到西二旗$/);
    const assumptions = [...document.querySelectorAll('.commute-assumptions li')].map((li) => li.textContent);
    expect(assumptions[0]).toBe(
      '每一项都是一个区间：下限按最顺利的情况、上限按最不利的情况计算，两者用同一种搜索各算一遍，最多乘车 4 次。',
    );
    expect(assumptions[1]).toBe(
      '步行：直线距离 × 1.2、每小时 4.8 公里（下限）至直线距离 × 1.4、每小时 3.6 公里（上限）；园区位置不确定时，按其可能范围到车站的最近和最远距离。超过约 2.5 公里不算步行。',
    );
  });

  it('the reach summary asks for a destination before it has one', async () => {
    renderUi(<ReachSummary />, { reachMin: 45 });
    expect(screen.getByRole('status').textContent).toBe('先选择通勤目的地。');
    await act(async () => useAppStore.setState({ reachMin: null }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
