/**
 * The ranking view (issue 23) in components: the link ranks the AI parks with the worked example's figures
 * (README "Ranking"), a weight moved reorders the list, a criterion that cannot count says why, nothing on says so,
 * and scenarios import or are refused with a message, losing nothing.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { applySearch } from '../../src/store/url-sync.ts';
import { RankView } from '../../src/features/ranking/RankView.tsx';
import { resetRankStorage } from '../../src/store/rank-storage.ts';
import { scenariosToFile } from '../../src/lib/ranking/scenarios.ts';
import { DEFAULT_RANK_PREFS } from '../../src/lib/ranking/types.ts';
import { renderUi, resetStore } from './render.tsx';

const LINK = '?view=rank&w=transit:3,size:2,industry:2&target=100000&ind=ai';
const rows = () => [...screen.getByRole('list', { name: '排名' }).querySelectorAll<HTMLElement>(':scope > li')];
const firstName = () => rows()[0]!.querySelector('.rank-name')!.textContent;

describe('the ranking view', () => {
  beforeEach(async () => {
    resetStore();
    resetRankStorage();
    localStorage.clear();
    await i18n.changeLanguage('zh');
    applySearch(LINK, 'zh');
  });

  it("ranks the AI parks of the issue's link: the worked example first, with its rank range, score and tier", () => {
    renderUi(<RankView />);
    expect(rows()).toHaveLength(9);
    const first = rows()[0]!;
    expect(first.querySelector('.rank-name')!.textContent).toBe('中关村科学城四季科创中心');
    expect(first.querySelector('.rank-range')!.textContent).toBe('第 1–4');
    expect(first.querySelector('.rank-score')!.textContent).toBe('79–90 分 · 高');
    expect(within(first).getByRole('img').getAttribute('aria-label')).toBe(
      '各项贡献: 距车站 32.7–42.9 分；面积 18.4–18.5 分；产业匹配 28.5–28.6 分',
    );
    expect(document.querySelector('.rank-robust')!.textContent).toBe(
      '中关村科学城四季科创中心排第一，除非距车站的权重变动超过 ±2.16（届时北京通用人工智能创新园先导区居首）。',
    );
  });

  it('reorders when a weight moves, and says why a criterion cannot count', () => {
    renderUi(<RankView />);
    expect(firstName()).toBe('中关村科学城四季科创中心');
    fireEvent.change(screen.getByLabelText('距车站的权重'), { target: { value: '0' } });
    expect(useAppStore.getState().rankPrefs.criteria.transit?.weight).toBe(0);
    expect(firstName()).not.toBe('中关村科学城四季科创中心');
    fireEvent.click(screen.getByLabelText('通勤时间'));
    const unavailable = document.querySelector('[data-criterion="commute"] .rank-unavailable')!;
    expect(unavailable.firstChild!.textContent).toBe('未计入：先选择通勤目的地。');
    expect(unavailable.querySelector('select')!.value).toBe('');
    expect(document.querySelector('[data-criterion="transit"] .rank-unavailable')).toBeNull();
    for (const name of ['距车站', '面积', '产业匹配', '通勤时间']) fireEvent.click(screen.getByLabelText(name));
    expect(document.querySelector('.rank-empty')!.textContent).toBe(
      '没有计分的条件：请打开至少一项，并给它大于 0 的权重。',
    );
    expect(screen.queryByRole('list', { name: '排名' })).toBeNull();
  });

  it('marks the parks whose rank range moves with the plan, with their range in the other scenario', () => {
    applySearch('?view=rank&w=transit:5,size:1&scen=plan', 'zh');
    renderUi(<RankView />);
    const yigu = rows().find((r) => r.querySelector('.rank-name')!.textContent === '中关村科学城国际医谷')!;
    expect(yigu.classList.contains('moved')).toBe(true);
    expect(yigu.querySelector('.rank-range')!.textContent).toBe('第 11–18');
    expect(yigu.querySelector('.rank-moved')!.textContent).toBe('现状：第 17–18 · 名次随规划变化');
    // A park whose range is the same in both is not marked.
    expect(rows().filter((r) => !r.classList.contains('moved')).length).toBeGreaterThan(0);
  });

  it('adds the top 3 to compare, and samples placements on demand with the sampling error', async () => {
    renderUi(<RankView />);
    const top = rows()
      .slice(0, 3)
      .map((r) => r.dataset.park);
    fireEvent.click(screen.getByRole('button', { name: '前三名加入对比' }));
    expect(useAppStore.getState().compareIds).toEqual(top);
    fireEvent.click(screen.getByRole('button', { name: '按可能位置抽样 1,000 次' }));
    const result = await screen.findByText(
      /^中关村科学城四季科创中心：在约 [\d.]+% 的抽样中排第一（抽样误差 ±[\d.]+%，95%）$/,
      {},
      { timeout: 10000 },
    );
    const [, share, error] = /约 ([\d.]+)% .*±([\d.]+)%/.exec(result.textContent!)!.map(Number);
    // The error is 1.96 standard errors of the share over 1,000 placements, to 0.1 %.
    expect(share).toBeGreaterThan(50);
    expect(error!).toBeCloseTo(196 * Math.sqrt(((share! / 100) * (1 - share! / 100)) / 1000), 1);
  });

  it('imports a scenario file, and refuses a broken one with the reason, keeping what it has', async () => {
    const { container } = renderUi(<RankView />);
    fireEvent.click(screen.getByText('方案'));
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const good = scenariosToFile(
      [
        {
          name: '只看面积',
          prefs: { ...DEFAULT_RANK_PREFS, criteria: { size: { weight: 5, influence: 'more', limit: null } } },
        },
      ],
      '2026-12-05T00:00:00Z',
    );
    await act(async () => fireEvent.change(input, { target: { files: [new File([good], 'good.json')] } }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已导入 1 个方案。'));
    expect(useAppStore.getState().rankScenarios.map((s) => s.name)).toEqual(['只看面积']);
    const broken = good.replace('size:5', 'size:9');
    await act(async () => fireEvent.change(input, { target: { files: [new File([broken], 'broken.json')] } }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        '文件无法导入：第 1 个方案“只看面积”的设置无法读取（w=size:9）。现有方案未改动。',
      ),
    );
    expect(useAppStore.getState().rankScenarios).toHaveLength(1);
    await act(async () => fireEvent.change(input, { target: { files: [new File(['{"format":"x"}'], 'x.json')] } }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/不是本应用导出的排名方案文件/));
    // Loading the saved scenario applies it.
    fireEvent.change(screen.getByLabelText('载入方案'), { target: { value: '只看面积' } });
    expect(useAppStore.getState().rankPrefs.criteria).toEqual({ size: { weight: 5, influence: 'more', limit: null } });
    expect(localStorage.getItem('haidian-rank-scenarios-v1')).toContain('只看面积');
  });
});
