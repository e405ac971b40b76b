/**
 * The ranking's criteria (issue 23): each with its switch, its weight (0–5 by 0.5), its influence where it has a
 * choice, its anchors in words, and an optional hard limit; the size target and the radii of cluster and amenities.
 * A criterion that cannot count yet says why (no destination: the destination chooser is right there).
 */
import { Fragment, useId, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useDestination } from '../../store/commute-hooks.ts';
import { INDUSTRY_BY_ID } from '../../data/index.ts';
import { areaFromInput, areaInputValue, formatCount, formatFigure, type Lang } from '../../lib/format.ts';
import { joinList } from '../../i18n/format.ts';
import {
  CRITERIA,
  INFLUENCES,
  MAX_WEIGHT,
  RANK_KM_RANGE,
  TARGET_M2_RANGE,
  type CriterionId,
  type Influence,
  type Limit,
  type RankSettings,
  type Unavailable,
} from '../../lib/ranking/types.ts';
import { DestinationSelect } from '../commute/CommuteFilter.tsx';
import { towardsText } from '../commute/commute-text.ts';
import { anchorsText, criterionName } from './rank-text.ts';

/** A limit's figure as typed (size in 万㎡ in Chinese, m² in English; industry in %) and back. */
function toInput(id: CriterionId, v: number, lang: Lang): number {
  if (id === 'size') return areaInputValue(v, lang);
  if (id === 'industry') return Math.round(v * 1000) / 10;
  return v;
}
function fromInput(id: CriterionId, v: number, lang: Lang): number {
  if (id === 'size') return areaFromInput(v, lang);
  if (id === 'industry') return v / 100;
  return v;
}

function Describe({ id, settings }: { id: CriterionId; settings: RankSettings }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const from = useAppStore((s) => s.commuteFrom);
  const industries = useAppStore((s) => s.filters.industries);
  const destination = useDestination();
  const km = (v: number) => `${formatCount(v, lang)} ${t('ranking.limitUnit.transit')}`;
  const scen = t(`header.${scenario}`);
  const text: Record<CriterionId, () => string> = {
    transit: () => t('ranking.describe.transit', { scenario: scen }),
    commute: () =>
      t('ranking.describe.commute', {
        scenario: scen,
        towards: destination ? towardsText(t, destination.name, from, lang) : '—',
      }),
    size: () =>
      t('ranking.describe.size', { basis: t(settings.sizeBasis === 'above' ? 'filters.above' : 'filters.total') }),
    industry: () =>
      t('ranking.describe.industry', {
        industries: joinList(
          industries.map((i) => INDUSTRY_BY_ID.get(i)?.[lang] ?? i),
          lang,
        ),
      }),
    cluster: () => t('ranking.describe.cluster', { km: km(settings.clusterKm) }),
    amenities: () => t('ranking.describe.amenities', { km: km(settings.amenitiesKm) }),
  };
  return <p className="hint">{text[id]()}</p>;
}

function LimitInputs({ id, limit }: { id: CriterionId; limit: Limit | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLimit = useAppStore((s) => s.setLimit);
  const uid = useId();
  const name = criterionName(t, id);
  const set = (end: 'min' | 'max', raw: string) => {
    const v = raw === '' ? null : Number(raw);
    if (v !== null && !(v >= 0)) return;
    const next = {
      min: limit?.min ?? null,
      max: limit?.max ?? null,
      [end]: v === null ? null : fromInput(id, v, lang),
    };
    setLimit(id, next.min === null && next.max === null ? null : next);
  };
  const value = (v: number | null | undefined) => (v === null || v === undefined ? '' : toInput(id, v, lang));
  const unit = t(`ranking.limitUnit.${id}`);
  return (
    <fieldset className="rank-limit">
      <legend>{t('ranking.limitOf', { criterion: name })}</legend>
      {(['min', 'max'] as const).map((end) => (
        <Fragment key={end}>
          <label htmlFor={`${uid}-${end}`}>{t(end === 'min' ? 'ranking.limitMin' : 'ranking.limitMax')}</label>
          <input
            id={`${uid}-${end}`}
            type="number"
            min={0}
            step="any"
            value={value(limit?.[end])}
            onChange={(e) => set(end, e.target.value)}
          />
        </Fragment>
      ))}
      <span className="rank-unit">{unit}</span>
    </fieldset>
  );
}

function Criterion({
  id,
  settings,
  unavailable,
}: {
  id: CriterionId;
  settings: RankSettings;
  unavailable: Unavailable | undefined;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const s = useAppStore.getState();
  const setting = settings.criteria[id];
  const influenceId = useId();
  const name = criterionName(t, id);
  const influences = INFLUENCES[id];
  return (
    <li className={`rank-criterion${setting ? ' on' : ''}`} data-criterion={id}>
      <div className="rank-criterion-line">
        <label className="rank-switch">
          <input type="checkbox" checked={!!setting} onChange={(e) => s.setCriterionOn(id, e.target.checked)} />
          {name}
        </label>
        {setting ? (
          <>
            <input
              type="range"
              className="rank-weight"
              min={0}
              max={MAX_WEIGHT}
              step={0.5}
              value={setting.weight}
              aria-label={t('ranking.weightOf', { criterion: name })}
              onChange={(e) => s.setWeight(id, Number(e.target.value))}
            />
            <output className="rank-weight-value" aria-hidden="true">
              ×{formatFigure(setting.weight, lang)}
            </output>
          </>
        ) : null}
      </div>
      {setting && unavailable ? (
        <p className="rank-unavailable" role="status">
          {t(`ranking.unavailable.${unavailable}`)} {unavailable === 'no-destination' ? <DestinationSelect /> : null}
        </p>
      ) : null}
      {setting ? (
        <details className="rank-criterion-more">
          <summary>
            {t('ranking.more')}
            {setting.limit ? <span className="rank-limit-set"> · {t('ranking.limitSet')}</span> : null}
          </summary>
          <Describe id={id} settings={settings} />
          {influences.length > 1 ? (
            <div className="rank-influence">
              <label htmlFor={influenceId}>{t('ranking.influence')}</label>
              <select
                id={influenceId}
                value={setting.influence}
                onChange={(e) => s.setInfluence(id, e.target.value as Influence)}
              >
                {influences.map((inf) => (
                  <option key={inf} value={inf}>
                    {t(`ranking.influences.${inf}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p className="hint">
              {t('ranking.influence')}：{t(`ranking.influences.${setting.influence}`)}
            </p>
          )}
          <p className="hint rank-anchors">{anchorsText(t, id, setting.influence, settings, lang)}</p>
          <LimitInputs id={id} limit={setting.limit} />
        </details>
      ) : null}
    </li>
  );
}

/** A figure of the settings typed in a box, kept only when it is within its bounds. */
function FigureInput({
  label,
  value,
  min,
  max,
  onValue,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onValue: (v: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
  }
  return (
    <div className="rank-figure">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step="any"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value !== '' && v >= min && v <= max) onValue(v);
        }}
      />
    </div>
  );
}

export function RankCriteria({
  settings,
  unavailable,
}: {
  settings: RankSettings;
  unavailable: Partial<Record<CriterionId, Unavailable>>;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const s = useAppStore.getState();
  return (
    <details className="rank-criteria" open>
      <summary>{t('ranking.criteriaTitle')}</summary>
      <ul>
        {CRITERIA.map((id) => (
          <Criterion key={id} id={id} settings={settings} unavailable={unavailable[id]} />
        ))}
      </ul>
      <div className="rank-figures">
        <FigureInput
          label={t('ranking.target')}
          value={areaInputValue(settings.targetM2, lang)}
          min={areaInputValue(TARGET_M2_RANGE[0], lang)}
          max={areaInputValue(TARGET_M2_RANGE[1], lang)}
          onValue={(v) => s.setRankFigure('targetM2', Math.round(areaFromInput(v, lang)))}
        />
        <FigureInput
          label={`${criterionName(t, 'cluster')} · ${t('ranking.radius')}`}
          value={settings.clusterKm}
          min={RANK_KM_RANGE[0]}
          max={RANK_KM_RANGE[1]}
          onValue={(v) => s.setRankFigure('clusterKm', Math.round(v * 100) / 100)}
        />
        <FigureInput
          label={`${criterionName(t, 'amenities')} · ${t('ranking.radius')}`}
          value={settings.amenitiesKm}
          min={RANK_KM_RANGE[0]}
          max={RANK_KM_RANGE[1]}
          onValue={(v) => s.setRankFigure('amenitiesKm', Math.round(v * 100) / 100)}
        />
      </div>
    </details>
  );
}
