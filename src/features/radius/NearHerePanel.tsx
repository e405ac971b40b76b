/**
 * The radius query and what lies within it, in one panel: the chosen place (or "radius query" for a map click), Clear,
 * the radius slider, then one line per kind of thing (parks, plan projects by category, planned stations, open stations
 * gaining a planned line, other open stations), each with its count. A line with one item opens it; a line with several
 * expands into the items, each with its distance range and, for a station, its lines with their status. Counts and
 * lists come from one lib/nearby.ts summarizeNearby result, so they always agree. A place known only roughly is
 * counted apart when it is only possibly within ("1 个产业园区，另有 2 个可能在范围内") and tagged "may be" in the list.
 *
 * Stations come from the 'plan' network whatever the header's scenario: the station groups already say what is open
 * now and what the plan adds, and the line tags give each line's status.
 *
 * A chunk of its own with the gazetteer (to name the chosen place), loaded by NearHere.tsx on the first radius query.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import type { TFunction } from '../../i18n/index.ts';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork } from '../../store/hooks.ts';
import { MY_LOCATION, type ChosenPlace } from '../../store/place-slice.ts';
import { PARKS, PLAN_PROJECTS } from '../../data/index.ts';
import { placeByKey } from '../../data/gazetteer-index.ts';
import { summarizeNearby, type NearbyGroup, type NearbyItem } from '../../lib/nearby.ts';
import type { Lang } from '../../lib/format.ts';
import { RADIUS_KM_RANGE } from '../../lib/domain.ts';
import type { Network } from '../../lib/transit.ts';
import { formatDistanceKm, joinList } from '../../i18n/format.ts';
import type { LngLat } from '../../lib/schema.ts';
import { distanceText, notesText, stationName } from '../transit/transit-text.ts';
import { NoteList } from '../../ui/NoteList.tsx';
import '../../i18n/later/nearby.ts';
import '../../i18n/later/commute.ts';

const sameOrigin = (a: LngLat, b: LngLat) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** The chosen place's name while it is still the radius origin, else null. */
function usePlaceName(): string | null {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const place = useAppStore((s) => s.place);
  const origin = useAppStore((s) => s.radius?.origin ?? null);
  return placeName(place, origin, lang, t('search.myLocation'));
}

function placeName(place: ChosenPlace | null, origin: LngLat | null, lang: Lang, me: string): string | null {
  if (!place || !origin || !sameOrigin(place.origin, origin)) return null;
  if (place.key === MY_LOCATION) return me;
  return placeByKey(place.key)?.name[lang] ?? null;
}

/** Opens a park or project card; a station becomes the new centre (named, when the search knows it as a place). */
function openItem(item: NearbyItem) {
  const s = useAppStore.getState();
  if (item.kind === 'park') s.selectPark(item.id);
  else if (item.kind === 'project') s.selectProject(item.id);
  else if (placeByKey(`station:${item.id}`)) s.choosePlace(`station:${item.id}`, item.coordinates);
  // An indicative station is not a place the search offers: centre on it without naming it.
  else s.setRadiusOrigin(item.coordinates);
}

function itemName(t: TFunction, item: NearbyItem, lang: Lang): string {
  return item.kind === 'station' ? stationName(t, item, lang) : item.name[lang];
}

/** "可能 最远约 2.6 公里 · 在建": the may-be tag, the distance range, and a project's status. */
function ItemMeta({ item, lang }: { item: NearbyItem; lang: Lang }) {
  const { t } = useTranslation();
  const bits: string[] = [distanceText(item.range, lang)];
  if (item.kind === 'project' && item.status) bits.push(item.status[lang]);
  return (
    <span className="nearby-item-meta">
      {item.within === 'possible' ? (
        <>
          <span className="maybe-tag" title={t('nearby.maybeTitle')}>
            {t('nearby.maybe')}
          </span>{' '}
        </>
      ) : null}
      <span className="figure">{bits.join(' · ')}</span>
    </span>
  );
}

/** A station's lines in the official colours, after a space; a line not open yet is dashed and says its status. */
function LineTags({ item, network, lang }: { item: NearbyItem; network: Network; lang: Lang }) {
  const { t } = useTranslation();
  if (item.kind !== 'station') return null;
  return (
    <>
      {' '}
      <span className="nearby-lines">
        {item.lines.map((l) => {
          const line = network.lines.get(l.lineId);
          const name = line?.name[lang] ?? l.lineId;
          const status = l.status === 'open' ? '' : t(`transit.status.${l.status}`);
          return (
            <span
              key={l.lineId}
              className={`line-tag${l.status === 'open' ? '' : ' planned'}`}
              style={{ borderColor: line?.colour ?? '#7a7570' }}
            >
              {/* A planned line's own name often says so already ("19号线北延（规划）"): say it once. */}
              {status && !name.includes(status) ? `${name} · ${status}` : name}
            </span>
          );
        })}
      </span>
    </>
  );
}

/**
 * What the station counts leave out (planned stations without a published position). A line without geometry does
 * not matter here: the summary measures to stations, never to a line.
 */
const stationNotes = (network: Network) => network.notes.filter((n) => n.kind !== 'line-no-geometry');

/** "2 个产业园区", "1 个产业园区，另有 2 个可能在范围内", or "2 个产业园区可能在范围内" (none certainly within). */
function groupLabel(t: TFunction, group: NearbyGroup, lang: Lang): string {
  const kind = (count: number) => t(`nearby.group.${group.key}`, { count });
  const counts =
    group.certain === 0
      ? t('nearby.possibleOnly', { label: kind(group.possible) })
      : kind(group.certain) + (group.possible ? t('nearby.possibleMore', { count: group.possible }) : '');
  // Years are labels, not quantities: no digit grouping.
  return counts + (group.years.length ? t('nearby.years', { years: joinList(group.years.map(String), lang) }) : '');
}

function GroupRow({ group, network, lang }: { group: NearbyGroup; network: Network; lang: Lang }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const label = groupLabel(t, group, lang);
  const single = group.items.length === 1 ? group.items[0]! : null;
  return (
    <li className={`nearby-group nearby-${group.key}`} data-testid={`nearby-${group.key}`}>
      {single ? (
        <button
          type="button"
          className="nearby-line"
          data-within={single.within}
          title={single.kind === 'station' ? t('nearby.centreOn', { station: itemName(t, single, lang) }) : undefined}
          onClick={() => openItem(single)}
        >
          <span className="nearby-label">{label}</span>{' '}
          <span className="nearby-item-name">{itemName(t, single, lang)}</span> <ItemMeta item={single} lang={lang} />
          <LineTags item={single} network={network} lang={lang} />
        </button>
      ) : (
        <>
          <button
            type="button"
            className="nearby-line"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((x) => !x)}
          >
            <span className="nearby-label">{label}</span>
            <span className="nearby-chevron" aria-hidden="true">
              {expanded ? '▴' : '▾'}
            </span>
          </button>
          <ul id={listId} className="nearby-items" hidden={!expanded}>
            {group.items.map((item) => (
              <li key={item.id} data-within={item.within}>
                <button
                  type="button"
                  className="nearby-item nearby-item-name"
                  title={
                    item.kind === 'station' ? t('nearby.centreOn', { station: itemName(t, item, lang) }) : undefined
                  }
                  onClick={() => openItem(item)}
                >
                  {itemName(t, item, lang)}
                </button>{' '}
                <ItemMeta item={item} lang={lang} />
                <LineTags item={item} network={network} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The panel for a radius query (NearHere.tsx loads it once there is one). */
export function NearHerePanel() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const radius = useAppStore((s) => s.radius);
  const where = usePlaceName();
  const headingId = useId();
  const network = transitNetwork('plan');
  const groups = useMemo(
    () =>
      radius
        ? summarizeNearby(radius.origin, radius.radiusKm, {
            parks: PARKS,
            projects: PLAN_PROJECTS,
            stations: network.stations,
          })
        : [],
    [radius, network],
  );
  if (!radius) return null;
  const s = useAppStore.getState();
  const radiusWords = formatDistanceKm(radius.radiusKm, lang);
  return (
    <section className="nearby" aria-labelledby={headingId}>
      <div className="nearby-head">
        <h2 id={headingId}>{where ? t('search.near', { place: where }) : t('nearby.radiusTitle')}</h2>
        <button type="button" className="button" onClick={() => s.clearRadius()}>
          {t('nearby.clear')}
        </button>
      </div>
      <label className="radius-slider">
        <span>
          {t('nearby.radius')} <strong className="figure">{radiusWords}</strong>
        </span>
        <input
          type="range"
          min={RADIUS_KM_RANGE[0]}
          max={RADIUS_KM_RANGE[1]}
          step={0.1}
          value={radius.radiusKm}
          aria-valuetext={radiusWords}
          onChange={(e) => s.setRadiusKm(Number(e.target.value))}
        />
      </label>
      {groups.length ? (
        // A new centre starts with every line folded; a new radius keeps what the user opened.
        <ul className="nearby-groups" key={radius.origin.join(',')}>
          {groups.map((g) => (
            <GroupRow key={g.key} group={g} network={network} lang={lang} />
          ))}
        </ul>
      ) : (
        <p className="nearby-empty">{t('nearby.empty')}</p>
      )}
      <NoteList notes={notesText(t, stationNotes(network), lang)} />
      <CommuteHere />
    </section>
  );
}

/** A searched place (not "my location", which a link cannot name) can be the door-to-door destination (issue 22). */
function CommuteHere() {
  const { t } = useTranslation();
  const place = useAppStore((s) => s.place);
  const radius = useAppStore((s) => s.radius);
  const current = useAppStore((s) => s.commuteTo);
  if (!place || place.key === MY_LOCATION || !radius || !sameOrigin(place.origin, radius.origin)) return null;
  const key = place.key.startsWith('station:') ? place.key.slice('station:'.length) : place.key;
  if (current === key) return null;
  return (
    <button type="button" className="link-button commute-here" onClick={() => useAppStore.getState().setCommuteTo(key)}>
      {t('commute.setHere')}
    </button>
  );
}
