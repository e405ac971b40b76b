/**
 * The ranking view (issue 23; `view=rank`, loaded on first use): the parks the filters leave, scored against the
 * criteria as intervals. Each row gives the rank range ("第 3–7"), the score interval, the tier in words, a stacked bar
 * of each criterion's contribution with the uncertain part as a band, and the rank after (or before) the plan where it
 * differs. Below: parks outside a hard limit and why, whether the first place is robust to the weights, the pairwise
 * comparison and placement sampling on demand, and the actions (top 3 to compare, the map's ranks, scenarios).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useRanking, type Ranking } from '../../store/rank-hooks.ts';
import { startRankStorage } from '../../store/rank-storage.ts';
import { publishRankOrder } from '../../store/rank-order.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import { formatCount, formatFigure } from '../../lib/format.ts';
import { MAX_COMPARE } from '../../lib/domain.ts';
import { pairwise } from '../../lib/ranking/score.ts';
import { monteCarlo } from '../../lib/ranking/monte-carlo.ts';
import { CRITERIA, type MonteCarloResult, type RankResult, type RankRow } from '../../lib/ranking/types.ts';
import { RankCriteria } from './RankCriteria.tsx';
import { RankScenarios } from './RankScenarios.tsx';
import {
  contributionText,
  criterionName,
  limitText,
  rankText,
  robustnessText,
  scoreText,
  tierText,
  valueText,
} from './rank-text.ts';
import { CRITERION_COLOUR } from './colours.ts';
import './ranking.css';

const SAMPLES = 1000;

/** The stacked bar: each criterion's lower contribution, then the band up to the upper end of the score. */
function ScoreBar({ row, label }: { row: RankRow; label: string }) {
  let left = 0;
  return (
    <div className="rank-bar" role="img" aria-label={label}>
      {CRITERIA.filter((id) => row.contributions[id]).map((id) => {
        const c = row.contributions[id]!;
        const seg = (
          <span
            key={id}
            className="rank-seg"
            data-criterion={id}
            style={{ left: `${left}%`, width: `${c.low}%`, background: CRITERION_COLOUR[id] }}
          />
        );
        left += c.low;
        return seg;
      })}
      <span className="rank-band" style={{ left: `${row.score.low}%`, width: `${row.score.high - row.score.low}%` }} />
    </div>
  );
}

function Row({ row, other }: { row: RankRow; other: RankRow | undefined }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const rank = rankText(t, row.rank);
  const moved = other && (other.rank.best !== row.rank.best || other.rank.worst !== row.rank.worst);
  const otherScenario = scenario === 'plan' ? 'now' : 'plan';
  return (
    <li
      className={`rank-row${moved ? ' moved' : ''}`}
      data-park={row.park.id}
      data-rank={`${row.rank.best}-${row.rank.worst}`}
    >
      <button type="button" className="rank-open" onClick={() => useAppStore.getState().selectPark(row.park.id)}>
        <span className="rank-range">{rank}</span>
        <span className="rank-name">{row.park.name[lang]}</span>
        <span className="rank-score figure">
          {scoreText(t, row.score, lang)} · {tierText(t, row.tier)}
        </span>
      </button>
      <ScoreBar row={row} label={`${t('ranking.contributions')}: ${contributionText(t, row, lang)}`} />
      {moved ? (
        <p className="rank-moved">
          {t('ranking.otherScenario', { scenario: t(`header.${otherScenario}`), rank: rankText(t, other.rank) })}
          <span className="visually-hidden"> · {t('ranking.moved')}</span>
        </p>
      ) : null}
      {row.warnings.length ? (
        <p className="rank-warning">
          {t('ranking.warning', { criteria: row.warnings.map((w) => criterionName(t, w.criterion)).join('、') })}
        </p>
      ) : null}
      <details className="rank-details">
        <summary>{t('ranking.contributions')}</summary>
        <ul>
          {CRITERIA.filter((id) => row.contributions[id]).map((id) => (
            <li key={id}>
              <span className="rank-swatch" style={{ background: CRITERION_COLOUR[id] }} aria-hidden="true" />
              {t('ranking.value', {
                criterion: criterionName(t, id),
                value: valueText(t, id, row.values[id] ?? null, lang),
              })}
              {' → '}
              {scoreText(t, { low: row.contributions[id]!.low, high: row.contributions[id]!.high }, lang)}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function Excluded({ result }: { result: RankResult }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!result.excluded.length) return null;
  return (
    <details className="rank-excluded" open>
      <summary>{t('ranking.excludedTitle', { count: formatCount(result.excluded.length, lang) })}</summary>
      <ul>
        {result.excluded.map(({ park, failures }) => (
          <li key={park.id} data-park={park.id}>
            <strong>{park.name[lang]}</strong>
            {failures
              .filter((f) => f.certain)
              .map((f) => (
                <span key={f.criterion} className="rank-excluded-why">
                  {t('ranking.excludedLine', {
                    criterion: criterionName(t, f.criterion),
                    value: valueText(t, f.criterion, f.value, lang),
                    limit: limitText(t, f.criterion, f.limit, lang),
                  })}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

const RELATION_MARK = {
  'certainly-better': '≫',
  'possibly-better': '>',
  'cannot-tell': '?',
  'possibly-worse': '<',
  'certainly-worse': '≪',
} as const;

function Pairwise({ rows }: { rows: readonly RankRow[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const matrix = useMemo(() => (open ? pairwise(rows) : null), [open, rows]);
  if (rows.length < 2) return null;
  return (
    <details className="rank-pairwise" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('ranking.pairwise')}</summary>
      <p className="hint">{t('ranking.pairwiseNote')}</p>
      <p className="hint rank-marks">
        {Object.entries(RELATION_MARK).map(([k, mark]) => (
          <span key={k}>
            {mark} {t(`ranking.relations.${k as keyof typeof RELATION_MARK}`)}
          </span>
        ))}
      </p>
      {matrix ? (
        // Focusable, so the keyboard can scroll it sideways.
        <div className="rank-matrix-scroll" tabIndex={0} role="region" aria-label={t('ranking.pairwise')}>
          <table className="rank-matrix">
            <thead>
              <tr>
                <td />
                {rows.map((r) => (
                  <th key={r.park.id} scope="col" title={r.park.name[lang]}>
                    {formatCount(r.park.seq, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.park.id}>
                  <th scope="row">
                    <span className="rank-matrix-seq">{formatCount(r.park.seq, lang)}</span> {r.park.name[lang]}
                  </th>
                  {rows.map((c, j) => {
                    const rel = matrix[i]![j]!;
                    return i === j ? (
                      <td key={c.park.id}>—</td>
                    ) : (
                      <td key={c.park.id} data-relation={rel} title={t(`ranking.relations.${rel}`)}>
                        <span aria-hidden="true">{RELATION_MARK[rel]}</span>
                        <span className="visually-hidden">{t(`ranking.relations.${rel}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}

function Sampling({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [state, setState] = useState<{ key: Ranking; result: MonteCarloResult } | 'running' | null>(null);
  const result = state && state !== 'running' && state.key === ranking ? state.result : null;
  const run = () => {
    setState('running');
    // After the "sampling" notice has painted: the run takes a moment on a phone.
    setTimeout(() => {
      const r = monteCarlo(
        ranking.current.rows.map((row) => row.park),
        ranking.settings,
        ranking.context,
        {
          samples: SAMPLES,
          seed: 1,
        },
      );
      setState({ key: ranking, result: r });
    }, 30);
  };
  if (ranking.current.rows.length < 2) return null;
  const top = result
    ? [...result.firstShare.entries()]
        .filter(([, p]) => p > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
    : [];
  const pct = (p: number) => `${formatFigure(Math.round(p * 1000) / 10, lang)}%`;
  return (
    <section className="rank-sampling">
      <button type="button" className="button" onClick={run} disabled={state === 'running'}>
        {state === 'running' ? t('ranking.sampling') : t('ranking.sample', { count: formatCount(SAMPLES, lang) })}
      </button>
      {result ? (
        <ul role="status">
          {top.map(([id, p]) => (
            <li key={id}>
              {t('ranking.sampleResult', {
                park: PARK_BY_ID.get(id)?.name[lang] ?? id,
                share: pct(p),
                error: pct(1.96 * result.standardError(p)),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('ranking.sampleNote')}</p>
    </section>
  );
}

export function RankView() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const rankMap = useAppStore((s) => s.rankMap);
  const ranking = useRanking();
  const { current } = ranking;
  const other = scenario === 'plan' ? ranking.now : ranking.plan;
  const otherById = useMemo(() => new Map(other.rows.map((r) => [r.park.id, r])), [other]);
  useEffect(() => startRankStorage(), []);
  // Opened on a phone, it comes into view at the top of the sheet, above the filters (on a wide screen it has its own
  // scroll area below them).
  const viewRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (window.matchMedia?.('(max-width: 767px)').matches) viewRef.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  // The tour, the print menu and the sheets follow the ranking while it is open (store/rank-order.ts).
  useEffect(() => publishRankOrder(current.rows.map((r) => r.park.id)), [current]);
  useEffect(() => () => publishRankOrder(null), []);
  const s = useAppStore.getState();
  const robust = robustnessText(t, ranking.robustness, PARK_BY_ID, lang);
  const addTop = () => {
    const ids = current.rows.slice(0, 3).map((r) => r.park.id);
    const kept = useAppStore.getState().compareIds.filter((id) => !ids.includes(id));
    useAppStore.setState({ compareIds: [...ids, ...kept].slice(0, MAX_COMPARE) });
  };
  return (
    <section className="rank-view" aria-labelledby="rank-title" ref={viewRef}>
      <header className="rank-head">
        <h2 id="rank-title">{t('ranking.title')}</h2>
        <button type="button" className="button" onClick={() => s.setRankOpen(false)}>
          {t('ranking.close')}
        </button>
      </header>
      <p className="hint">{t('ranking.intro', { count: formatCount(ranking.candidates.length, lang) })}</p>
      <RankCriteria settings={ranking.settings} unavailable={current.unavailable} />
      <RankScenarios />
      {ranking.candidates.length === 0 ? (
        <p className="rank-empty" role="status">
          {t('ranking.noParks')}
        </p>
      ) : current.reason === 'no-weight' ? (
        <p className="rank-empty" role="status">
          {t('ranking.noWeight')}
        </p>
      ) : (
        <>
          <h3 className="rank-list-title">{t('ranking.listTitle', { scenario: t(`header.${scenario}`) })}</h3>
          {robust ? <p className="rank-robust">{robust}</p> : null}
          <ol className="rank-list" aria-label={t('ranking.title')}>
            {current.rows.map((row) => (
              <Row key={row.park.id} row={row} other={otherById.get(row.park.id)} />
            ))}
          </ol>
          <div className="rank-legend" aria-hidden="true">
            {CRITERIA.filter((id) => current.weights[id] !== undefined).map((id) => (
              <span key={id}>
                <span className="rank-swatch" style={{ background: CRITERION_COLOUR[id] }} />
                {criterionName(t, id)}
              </span>
            ))}
            <span>
              <span className="rank-swatch band" />
              {t('ranking.band')}
            </span>
          </div>
          <div className="rank-actions">
            <button type="button" className="button" onClick={addTop} disabled={current.rows.length < 2}>
              {t('ranking.topCompare')}
            </button>
            <label className="rank-map-switch">
              <input type="checkbox" checked={rankMap} onChange={(e) => s.setRankMap(e.target.checked)} />
              {t('ranking.map')}
            </label>
          </div>
          <Excluded result={current} />
          <Pairwise rows={current.rows} />
          <Sampling ranking={ranking} />
        </>
      )}
    </section>
  );
}
