/**
 * What's near here: a plain summary of the parks, plan projects and stations within the radius of the chosen place,
 * one line per kind. A line with one item opens it; a line with several lists them, each one clickable. A place known
 * only roughly is counted apart when it is only possibly within ("1 个产业园区，另有 2 个可能在范围内"), by the same
 * rule as the radius panel (lib/radius.ts), and its distance is stated as a range.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore } from '../../store/index.ts';
import { MY_LOCATION, type ChosenPlace } from '../../store/resident-slice.ts';
import { PARKS, PLAN_PROJECTS, STATIONS, TRANSIT_LINES } from '../../data/index.ts';
import { placeByKey } from '../../data/gazetteer-data.ts';
import { summarizeNearby, type NearbyGroup, type NearbyItem, type NearbySources } from '../../lib/nearby.ts';
import type { Lang } from '../../lib/format.ts';
import { formatDistanceKm, joinList } from '../../i18n/format.ts';
import type { Bilingual, LngLat } from '../../lib/schema.ts';
import { distanceText } from '../transit/transit-text.ts';

const LINE_YEAR = new Map(
  TRANSIT_LINES.features.flatMap((f) =>
    f.properties.openingYear ? [[f.properties.id, f.properties.openingYear] as const] : [],
  ),
);

const SOURCES: NearbySources = {
  parks: PARKS,
  projects: PLAN_PROJECTS,
  stations: STATIONS.features.map((f) => ({
    ...f.properties,
    lngLat: f.geometry ? ([f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] as LngLat) : null,
    // As in lib/transit.ts buildNetwork: an indicative station lies within its stated accuracy of its point.
    uncertaintyKm: f.properties.indicative ? (f.properties.provenance.accuracyM ?? 0) / 1000 : 0,
  })),
  lineYear: (id) => LINE_YEAR.get(id),
};

const sameOrigin = (a: LngLat, b: LngLat) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** The chosen place's name while it is still the radius origin, else null. */
export function usePlaceName(): string | null {
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

function openItem(item: NearbyItem) {
  const s = useAppStore.getState();
  if (item.kind === 'park') s.selectPark(item.id);
  else if (item.kind === 'project') s.selectProject(item.id);
  else s.choosePlace(`station:${item.id}`, item.coordinates);
}

function yearsText(years: readonly number[], lang: Lang): string {
  // Years are labels, not quantities: no digit grouping.
  return joinList(years.map(String), lang);
}

function ItemDetail({ item, lang }: { item: NearbyItem; lang: Lang }) {
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
      {bits.join(' · ')}
    </span>
  );
}

/** "2 个产业园区", "1 个产业园区，另有 2 个可能在范围内", or "2 个产业园区可能在范围内" (none certainly within). */
function groupLabel(t: TFunction, group: NearbyGroup): string {
  const kind = (count: number) => t(`nearby.group.${group.key}`, { count });
  if (group.certain === 0) return t('nearby.possibleOnly', { label: kind(group.possible) });
  return kind(group.certain) + (group.possible ? t('nearby.possibleMore', { count: group.possible }) : '');
}

function GroupRow({ group, lang }: { group: NearbyGroup; lang: Lang }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const label =
    groupLabel(t, group) + (group.years.length ? t('nearby.years', { years: yearsText(group.years, lang) }) : '');
  const single = group.items.length === 1 ? group.items[0]! : null;
  const name = (n: Bilingual) => n[lang];
  return (
    <li className={`nearby-group nearby-${group.key}`}>
      {single ? (
        <button type="button" className="nearby-line" onClick={() => openItem(single)}>
          <span className="nearby-label">{label}</span>
          <span className="nearby-item-name">
            {name(single.name)} <ItemDetail item={single} lang={lang} />
          </span>
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
              <li key={item.id}>
                <button type="button" className="nearby-item" onClick={() => openItem(item)}>
                  <span className="nearby-item-name">{name(item.name)}</span> <ItemDetail item={item} lang={lang} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export function NearbySummary() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const radius = useAppStore((s) => s.radius);
  const where = usePlaceName();
  const headingId = useId();
  const groups = useMemo(() => (radius ? summarizeNearby(radius.origin, radius.radiusKm, SOURCES) : []), [radius]);
  if (!radius) return null;
  return (
    <section className="nearby" aria-labelledby={headingId}>
      <div className="nearby-head">
        <h2 id={headingId}>{where ? t('search.near', { place: where }) : t('nearby.title')}</h2>
      </div>
      <p className="nearby-within">{t('nearby.within', { radius: formatDistanceKm(radius.radiusKm, lang) })}</p>
      {groups.length ? (
        <ul className="nearby-groups">
          {groups.map((g) => (
            <GroupRow key={g.key} group={g} lang={lang} />
          ))}
        </ul>
      ) : (
        <p className="nearby-empty">{t('nearby.empty')}</p>
      )}
    </section>
  );
}
