/**
 * Where founders' people go (issue 22): the default destinations, and how a link's `to=` names one — a station id of
 * the network (`to=xierqi`) or a gazetteer place by its key (`to=landmark:pku`). Pure.
 */
import type { Bilingual, LngLat } from '../schema.ts';
import type { Destination } from './door-to-door.ts';

/** The default set, in the order the chooser lists them: stations of the network (names as the chooser shows them). */
export const DEFAULT_DESTINATIONS: readonly { id: string; name: Bilingual }[] = [
  { id: 'zhongguancun', name: { zh: '中关村', en: 'Zhongguancun' } },
  { id: 'haidianhuangzhuang', name: { zh: '海淀黄庄', en: 'Haidian Huangzhuang' } },
  { id: 'xierqi', name: { zh: '西二旗', en: 'Xi’erqi' } },
  { id: 'shangdi', name: { zh: '上地', en: 'Shangdi' } },
  { id: 'wudaokou', name: { zh: '五道口', en: 'Wudaokou' } },
  { id: 'xizhimen', name: { zh: '西直门（北京北站）', en: 'Xizhimen (Beijing North Railway Station)' } },
  { id: 'qinghezhan', name: { zh: '清河站（铁路）', en: 'Qinghe Railway Station' } },
  { id: 'guomao', name: { zh: '国贸', en: 'Guomao (CBD)' } },
  { id: 'wangjing', name: { zh: '望京', en: 'Wangjing' } },
  { id: 'beijingnanzhan', name: { zh: '北京南站', en: 'Beijing South Railway Station' } },
  { id: 'huilongguan', name: { zh: '回龙观', en: 'Huilongguan' } },
  { id: 'tiantongyuan', name: { zh: '天通苑', en: 'Tiantongyuan' } },
];

/** What a `to=` value looks like: a station id, or a gazetteer key `kind:id`. Anything else is dropped. */
export function isDestinationKey(value: string): boolean {
  return /^([a-z]+:)?[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 80;
}

/** A destination key resolved: a station of the network, a gazetteer place (a point), or nothing (null). */
export type ResolvedDestination = { destination: Destination; name: Bilingual } | null;

/**
 * The destination a key names. Station keys (`xierqi`, or `station:xierqi` from the gazetteer) need the network's
 * stations; other gazetteer keys need the gazetteer's places (`places`, null while it has not loaded: then a place key
 * resolves to undefined, not yet known).
 */
export function resolveDestination(
  key: string,
  stations: readonly { id: string; name: Bilingual; coordinates: readonly number[] | null }[],
  places: readonly { key: string; name: Bilingual; lngLat: LngLat }[] | null,
): ResolvedDestination | undefined {
  const stationId = key.startsWith('station:') ? key.slice('station:'.length) : key.includes(':') ? null : key;
  if (stationId !== null) {
    const s = stations.find((x) => x.id === stationId);
    if (!s) return null;
    const preset = DEFAULT_DESTINATIONS.find((d) => d.id === s.id);
    return { destination: { kind: 'station', id: s.id }, name: preset?.name ?? s.name };
  }
  if (!places) return undefined;
  const p = places.find((x) => x.key === key);
  return p ? { destination: { kind: 'point', id: key, at: p.lngLat }, name: p.name } : null;
}
