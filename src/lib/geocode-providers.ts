/**
 * The geocoding providers of `npm run geocode` (tools/data/geocode.mjs): the query for a park, each provider's
 * request, the reading of its answer, its level → precision and accuracy, and its datum → WGS-84. Pure: the command
 * line fetches; nothing here touches the network, the clock or a key store (the key is passed in, never kept).
 *
 * Providers (public web-service APIs; `--endpoint` replaces the base URL):
 * | provider | request                                                   | answer                                    | datum             |
 * |----------|-----------------------------------------------------------|-------------------------------------------|-------------------|
 * | amap     | GET /v3/geocode/geo?address=…&city=北京&output=JSON&key=…  | status "1", geocodes[].location "lng,lat", level | GCJ-02       |
 * | tianditu | GET /geocoder?ds={"keyWord":"…"}&tk=…                      | status "0", location {lon, lat, level, score}    | CGCS2000 ≈ WGS-84 (well under 1 m) |
 * | baidu    | GET /geocoding/v3/?address=…&city=北京市&output=json&ak=…  | status 0, result {location {lng, lat}, precise, confidence, comprehension, level} | BD-09 (bd09ll, the default) |
 *
 * Level → precision and accuracyM (the radius within which the park's true site lies; a park is a campus, so even a
 * door number is a few hundred metres from its far buildings). A level coarser than a town (district, city…) or one
 * not in the table is refused: it places nothing.
 * | level (AMap / Baidu / Tianditu)                                              | precision | accuracyM |
 * |-------------------------------------------------------------------------------|-----------|-----------|
 * | 门牌号, 门址, 单元号, 楼层, 房间 (door number, unit)                             | address   | 150       |
 * | 兴趣点 (POI), 商务大厦, 政府机构, 教育, 医疗, 金融, 宾馆, 餐饮, 购物, 生活服务, 休闲娱乐, 汽车服务 (building-level POI) | address | 300 |
 * | 公交地铁站点, 地铁站, 公交站台, 火车站, 长途汽车站, 道路交叉路口, 交叉路口, 桥, 旅游景点, 绿地, 停车场/停车区, 加油站, 收费区/收费站, 收费处/收费站, 地名地址 (Tianditu) | landmark | 500 |
 * | 住宅区, 地产小区, 工业园区 (a named estate or park)                              | landmark  | 800       |
 * | 小巷 (lane)                                                                   | area      | 800       |
 * | 热点商圈, 商圈, 村庄 (neighbourhood, village)                                     | area      | 1500      |
 * | 道路 (a road: kilometres long)                                                | area      | 2000      |
 * | 开发区 (development zone)                                                      | area      | 3000      |
 * | 乡镇, 街道 (town or subdistrict)                                                | town      | 5000      |
 * Baidu also gives `confidence`, the absolute error of the point; accuracyM is the larger of the table's and that
 * error (Baidu's documented steps: 100 → 20 m, ≥ 90 → 50 m, ≥ 80 → 100 m, ≥ 75 → 200 m, ≥ 70 → 300 m, ≥ 60 → 500 m,
 * ≥ 50 → 1 km, ≥ 40 → 2 km, ≥ 30 → 5 km, ≥ 25 → 8 km, else 10 km). A Baidu answer with `comprehension` < 50 (it
 * understood less than half the address) is ambiguous.
 */
import type { Bilingual, Geocode, LngLat } from './schema.ts';
import { toWgs84, type Datum } from './datum.ts';
import type { Precision } from './patch.ts';
import { straightLineKm } from './spatial.ts';

export const PROVIDERS = ['amap', 'tianditu', 'baidu'] as const;
export type Provider = (typeof PROVIDERS)[number];

// The conversions live in datum.ts, shared with the site editor; re-exported for the command line and its tests.
export { fromWgs84, toWgs84, type Datum } from './datum.ts';

type ProviderInfo = {
  /** Its name in each language, for the basis. */
  name: Bilingual;
  /** The API and its path, for the basis and the source. */
  api: string;
  endpoint: string;
  path: string;
  /** The environment variable holding the key. */
  keyEnv: string;
  datum: Datum;
};

export const PROVIDER_INFO: Record<Provider, ProviderInfo> = {
  amap: {
    name: { zh: '高德地图', en: 'AMap' },
    api: 'AMap geocoding v3 (/v3/geocode/geo)',
    endpoint: 'https://restapi.amap.com',
    path: '/v3/geocode/geo',
    keyEnv: 'AMAP_KEY',
    datum: 'gcj02',
  },
  tianditu: {
    name: { zh: '天地图', en: 'Tianditu' },
    api: 'Tianditu geocoder (/geocoder)',
    endpoint: 'https://api.tianditu.gov.cn',
    path: '/geocoder',
    keyEnv: 'TIANDITU_KEY',
    datum: 'cgcs2000',
  },
  baidu: {
    name: { zh: '百度地图', en: 'Baidu Maps' },
    api: 'Baidu geocoding v3 (/geocoding/v3/)',
    endpoint: 'https://api.map.baidu.com',
    path: '/geocoding/v3/',
    keyEnv: 'BAIDU_AK',
    datum: 'bd09',
  },
};

const DATUM_NAME: Record<Datum, string> = { wgs84: 'WGS-84', cgcs2000: 'CGCS2000', gcj02: 'GCJ-02', bd09: 'BD-09' };

/* ---- Query ---- */

/** A location that names only a town or subdistrict ("海淀区温泉镇"): nothing a geocoder can place finer. */
const TOWN_ONLY = /^(海淀区)?[\u4e00-\u9fff]{1,4}(镇|街道|乡)$/;
/** A remark in brackets ("(一期)", "(北沙滩地铁站A西北口)"): geocoders read it as part of the address. */
const REMARK = /\s*[(（][^()（）]*[)）]/g;

export type ParkQuery = { text: string; from: 'location' | 'name' };

/**
 * The address a park is geocoded by: `北京市` + the plan's location, with `海淀区` added where the location does not
 * start with it (all parks are in Haidian; "清华东路38号" is not unique in Beijing); where the location names only a
 * town ("海淀区温泉镇"), `北京市海淀区` + the park's name. Remarks in brackets are dropped.
 */
export function queryFor(park: { name: Bilingual; location: Bilingual }): ParkQuery {
  const location = park.location.zh.replace(REMARK, '').trim();
  if (TOWN_ONLY.test(location)) return { text: `北京市海淀区${park.name.zh.replace(REMARK, '').trim()}`, from: 'name' };
  return { text: `北京市${location.startsWith('海淀区') ? '' : '海淀区'}${location}`, from: 'location' };
}

/** The request URL for `query` (the key goes in the URL, as each provider requires: never print this URL). */
export function requestUrl(provider: Provider, endpoint: string | undefined, query: string, key: string): string {
  const info = PROVIDER_INFO[provider];
  const url = new URL(`${(endpoint ?? info.endpoint).replace(/\/+$/, '')}${info.path}`);
  const q = url.searchParams;
  if (provider === 'amap') {
    q.set('address', query);
    q.set('city', '北京');
    q.set('output', 'JSON');
    q.set('key', key);
  } else if (provider === 'tianditu') {
    q.set('ds', JSON.stringify({ keyWord: query }));
    q.set('tk', key);
  } else {
    q.set('address', query);
    q.set('city', '北京市');
    q.set('output', 'json');
    q.set('ak', key);
  }
  return url.toString();
}

/* ---- Answers ---- */

/**
 * A provider's answer for one query. `ok`: the position in the provider's datum and its level. `fatal`: the key was
 * refused or the quota is spent; the run stops. The others concern this park only.
 */
export type Answer =
  | { kind: 'ok'; position: LngLat; level: string; note: string; errorM?: number }
  | { kind: 'no-result' | 'ambiguous' | 'error' | 'fatal'; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);

function jsonOf(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return isObject(v) ? v : null;
  } catch {
    return null;
  }
}

/** AMap infocodes 10001–10099 are about the key, its permissions and its quota (10003 daily, 10004 per minute…). */
function amapAnswer(json: Record<string, unknown>): Answer {
  const info = `${str(json.info)} (infocode ${str(json.infocode)})`;
  if (str(json.status) !== '1') {
    const code = Number(json.infocode);
    return code >= 10001 && code <= 10099
      ? { kind: 'fatal', message: `AMap refused the request: ${info}` }
      : { kind: 'error', message: `AMap error: ${info}` };
  }
  const geocodes = Array.isArray(json.geocodes) ? json.geocodes.filter(isObject) : [];
  const hits = geocodes.flatMap((g) => {
    const m =
      typeof g.location === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(g.location) : null;
    return m
      ? [{ position: [Number(m[1]), Number(m[2])] as LngLat, level: str(g.level), address: str(g.formatted_address) }]
      : [];
  });
  const [first] = hits;
  if (!first) return { kind: 'no-result', message: 'AMap found nothing for this address' };
  // Several answers that do not agree within the first one's accuracy: the address is ambiguous.
  const spreadM = Math.max(...hits.map((h) => straightLineKm(first.position, h.position) * 1000));
  const accuracy = LEVELS[first.level]?.accuracyM ?? 0;
  if (hits.length > 1 && spreadM > accuracy)
    return {
      kind: 'ambiguous',
      message: `AMap gave ${hits.length} places up to ${Math.round(spreadM)} m apart (${hits.map((h) => h.address || h.level).join('; ')})`,
    };
  return { kind: 'ok', position: first.position, level: first.level, note: first.address ? `“${first.address}”` : '' };
}

/** Tianditu: status "0" found, "101" nothing found, "404" an error; a refused key has no status but a msg. */
function tiandituAnswer(json: Record<string, unknown>): Answer {
  const status = str(json.status);
  const msg = str(json.msg);
  if (status === '101')
    return { kind: 'no-result', message: `Tianditu found nothing for this address (${msg || '101'})` };
  if (status === '') return { kind: 'fatal', message: `Tianditu refused the request: ${msg || JSON.stringify(json)}` };
  if (status !== '0') return { kind: 'error', message: `Tianditu error: status ${status} ${msg}`.trim() };
  const loc = isObject(json.location) ? json.location : null;
  const position: LngLat = [num(loc?.lon), num(loc?.lat)];
  if (!loc || !position.every(Number.isFinite))
    return { kind: 'no-result', message: 'Tianditu answered without a position' };
  const score = loc.score === undefined ? '' : `score ${str(loc.score)}`;
  return { kind: 'ok', position, level: str(loc.level), note: score };
}

/** The error Baidu documents for a confidence (its documented steps), metres. */
function baiduErrorM(confidence: number): number {
  const steps: [number, number][] = [
    [100, 20],
    [90, 50],
    [80, 100],
    [75, 200],
    [70, 300],
    [60, 500],
    [50, 1000],
    [40, 2000],
    [30, 5000],
    [25, 8000],
  ];
  return steps.find(([c]) => confidence >= c)?.[1] ?? 10000;
}

/** Baidu: status 0 found; 1 (无相关结果 = nothing found, or a server error), 2 and 8 concern the query; the rest the key. */
function baiduAnswer(json: Record<string, unknown>): Answer {
  const status = num(json.status);
  const msg = str(json.msg ?? json.message);
  if (status === 1 && /无相关结果|no result/i.test(msg))
    return { kind: 'no-result', message: `Baidu found nothing for this address (${msg})` };
  if (status === 1 || status === 2 || status === 8)
    return { kind: 'error', message: `Baidu error: status ${status} ${msg}`.trim() };
  if (status !== 0)
    return { kind: 'fatal', message: `Baidu refused the request: status ${str(json.status)} ${msg}`.trim() };
  const result = isObject(json.result) ? json.result : null;
  const loc = result && isObject(result.location) ? result.location : null;
  const position: LngLat = [num(loc?.lng), num(loc?.lat)];
  if (!result || !position.every(Number.isFinite))
    return { kind: 'no-result', message: 'Baidu answered without a position' };
  const comprehension = num(result.comprehension);
  const confidence = num(result.confidence);
  const precise = num(result.precise);
  const note = `precise ${precise}, confidence ${confidence}, comprehension ${comprehension}`;
  if (comprehension < 50) return { kind: 'ambiguous', message: `Baidu understood only part of the address (${note})` };
  return {
    kind: 'ok',
    position,
    level: str(result.level),
    note,
    ...(Number.isFinite(confidence) ? { errorM: baiduErrorM(confidence) } : {}),
  };
}

/**
 * Reads a provider's HTTP answer. HTTP 401, 403 and 429 are fatal (key or quota); other non-2xx and unreadable bodies
 * concern this query only.
 */
export function parseAnswer(provider: Provider, httpStatus: number, body: string): Answer {
  const name = PROVIDER_INFO[provider].name.en;
  const json = jsonOf(body);
  const excerpt = body.replace(/\s+/g, ' ').slice(0, 200);
  if (httpStatus === 401 || httpStatus === 403 || httpStatus === 429)
    return {
      kind: 'fatal',
      message:
        `${name} refused the request: HTTP ${httpStatus} ${json ? str(json.msg ?? json.info ?? json.message) : excerpt}`.trim(),
    };
  if (httpStatus < 200 || httpStatus >= 300)
    return { kind: 'error', message: `${name}: HTTP ${httpStatus} ${excerpt}`.trim() };
  if (!json) return { kind: 'error', message: `${name}: not a JSON answer: ${excerpt}` };
  return provider === 'amap' ? amapAnswer(json) : provider === 'tianditu' ? tiandituAnswer(json) : baiduAnswer(json);
}

/* ---- Levels ---- */

type Placement = { precision: Precision; accuracyM: number };
const at = (precision: Precision, accuracyM: number, levels: string[]) =>
  levels.map((level) => [level, { precision, accuracyM }] as const);

/** Every provider's level names (they overlap), with their placement; see the table at the top. */
export const LEVELS: Readonly<Record<string, Placement>> = Object.fromEntries([
  ...at('address', 150, ['门牌号', '门址', '单元号', '楼层', '房间']),
  ...at('address', 300, [
    '兴趣点',
    '商务大厦',
    '政府机构',
    '教育',
    '医疗',
    '金融',
    '宾馆',
    '餐饮',
    '购物',
    '生活服务',
    '休闲娱乐',
    '汽车服务',
  ]),
  ...at('landmark', 500, [
    '公交地铁站点',
    '地铁站',
    '公交站台',
    '火车站',
    '长途汽车站',
    '道路交叉路口',
    '交叉路口',
    '桥',
    '旅游景点',
    '绿地',
    '停车场/停车区',
    '加油站',
    '收费区/收费站',
    '收费处/收费站',
    '地名地址',
  ]),
  ...at('landmark', 800, ['住宅区', '地产小区', '工业园区']),
  ...at('area', 800, ['小巷']),
  ...at('area', 1500, ['热点商圈', '商圈', '村庄']),
  ...at('area', 2000, ['道路']),
  ...at('area', 3000, ['开发区']),
  ...at('town', 5000, ['乡镇', '街道']),
]);

/* ---- Result ---- */

export type Outcome =
  | { kind: 'ok'; coordinates: LngLat; geocode: Geocode; level: string }
  | { kind: 'no-result' | 'ambiguous' | 'error' | 'fatal' | 'too-coarse'; message: string };

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A provider's HTTP answer for `query`, made into what a patch holds: the WGS-84 point and its geocode (precision and
 * accuracyM from the level; the basis and source naming the provider, the query and `date`, YYYY-MM-DD).
 */
export function interpret(
  provider: Provider,
  httpStatus: number,
  body: string,
  query: ParkQuery,
  date: string,
): Outcome {
  const answer = parseAnswer(provider, httpStatus, body);
  if (answer.kind !== 'ok') return answer;
  const placement = LEVELS[answer.level];
  if (!placement)
    return {
      kind: 'too-coarse',
      message: `level "${answer.level || '(none)'}" places nothing finer than a town (or is not in the level table)`,
    };
  const info = PROVIDER_INFO[provider];
  const accuracyM = Math.max(placement.accuracyM, answer.errorM ?? 0);
  const coordinates = toWgs84(answer.position, info.datum);
  const converted =
    info.datum === 'cgcs2000'
      ? {
          zh: 'CGCS2000 坐标按 WGS-84 使用(两者相差远小于1米)',
          en: 'CGCS2000, used as WGS-84 (they differ by well under 1 m)',
        }
      : {
          zh: `已由 ${DATUM_NAME[info.datum]} 转换为 WGS-84`,
          en: `converted from ${DATUM_NAME[info.datum]} to WGS-84`,
        };
  const byName = query.from === 'name';
  const geocode: Geocode = {
    precision: placement.precision,
    basis: {
      zh:
        `${info.name.zh}地理编码按“${query.text}”返回的点位(匹配级别“${answer.level}”${answer.note ? `,${answer.note}` : ''}),` +
        `${converted.zh};${byName ? '规划只写到镇街,故按园区名称查询;' : ''}查询日期 ${date},待人工复核。`,
      en:
        `${info.api} answer for "${query.text}" (level ${answer.level}${answer.note ? `, ${answer.note}` : ''}), ` +
        `${converted.en}; ${byName ? 'queried by the park name, as the plan names only the town; ' : ''}queried ${date}, to be reviewed.`,
    },
    accuracyM,
    source: `${info.api}, query "${query.text}", ${date}`,
  };
  return { kind: 'ok', coordinates: [round6(coordinates[0]), round6(coordinates[1])], geocode, level: answer.level };
}

const RANK: Record<Precision, number> = { address: 0, landmark: 1, area: 2, town: 3 };

/** Whether a new placement is coarser than the current one: a coarser precision, or a larger accuracyM. */
export function isCoarser(next: Placement, current: Placement): boolean {
  return RANK[next.precision] > RANK[current.precision] || next.accuracyM > current.accuracyM;
}
