/**
 * The provider adapters of `npm run geocode`, on responses written by hand in each provider's documented shape
 * (AMap geocoding v3, Tianditu geocoder, Baidu geocoding v3), and the datum conversions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  PROVIDER_INFO,
  fromWgs84,
  interpret,
  isCoarser,
  parseAnswer,
  queryFor,
  requestUrl,
  toWgs84,
  type Datum,
} from '../../../src/lib/geocode-providers.ts';
import { straightLineKm } from '../../../src/lib/spatial.ts';
import type { LngLat, ParksFile } from '../../../src/lib/schema.ts';

const PARKS = (JSON.parse(readFileSync(new URL('../../../data/parks.geojson', import.meta.url), 'utf8')) as ParksFile)
  .features;
const metres = (a: LngLat, b: LngLat) => straightLineKm(a, b) * 1000;
const QUERY = { text: '北京市海淀区上地信息路26号', from: 'location' as const };
const DATE = '2026-05-02';

/* Recorded-shape answers (hand-written from the providers' documentation). */
const amapOk = (location: string, level = '门牌号') =>
  JSON.stringify({
    status: '1',
    info: 'OK',
    infocode: '10000',
    count: '1',
    geocodes: [
      {
        formatted_address: '北京市海淀区上地信息路26号',
        country: '中国',
        province: '北京市',
        citycode: '010',
        city: '北京市',
        district: '海淀区',
        township: [],
        neighborhood: { name: [], type: [] },
        building: { name: [], type: [] },
        adcode: '110108',
        street: '信息路',
        number: '26号',
        location,
        level,
      },
    ],
  });
const tiandituOk = (lon: string, lat: string, level = '门址') =>
  JSON.stringify({
    msg: 'ok',
    location: { score: 100, level, lon, lat, keyWord: QUERY.text },
    searchVersion: '6.4.9V',
    status: '0',
  });
const baiduOk = (lng: number, lat: number, level = '门址', confidence = 80, comprehension = 100) =>
  JSON.stringify({ status: 0, result: { location: { lng, lat }, precise: 1, confidence, comprehension, level } });

describe('datum conversion (gcoord)', () => {
  // Points across Haidian: park 18 (上地), park 13 (苏家坨), park 15 (四季青), 北沙滩 station.
  const points: LngLat[] = [
    [116.30508, 40.035952],
    [116.11988, 40.075001],
    [116.221662, 39.939761],
    [116.3620432, 40.0001238],
  ];
  it.each(['gcj02', 'bd09'] as Datum[])('%s: WGS-84 → %s → WGS-84 round-trips within 1 m', (datum) => {
    for (const p of points) expect(metres(toWgs84(fromWgs84(p, datum), datum), p)).toBeLessThan(1);
  });
  it('shifts by the usual Beijing offsets: GCJ-02 ≈ 500–650 m, BD-09 ≈ 1–1.5 km; WGS-84 and CGCS2000 not at all', () => {
    for (const p of points) {
      expect(metres(p, fromWgs84(p, 'gcj02'))).toBeGreaterThan(450);
      expect(metres(p, fromWgs84(p, 'gcj02'))).toBeLessThan(650);
      expect(metres(p, fromWgs84(p, 'bd09'))).toBeGreaterThan(900);
      expect(metres(p, fromWgs84(p, 'bd09'))).toBeLessThan(1500);
      expect(toWgs84(p, 'wgs84')).toEqual(p);
      expect(toWgs84(p, 'cgcs2000')).toEqual(p);
    }
  });
  it('agrees with a known pair: 天安门 in AMap (GCJ-02) and in Baidu (BD-09) land within 60 m of each other', () => {
    // AMap's and Baidu's own points for Tiananmen (116.397428, 39.90923 and 116.403963, 39.915119): two providers'
    // markers for one gate, not one surveyed point, hence the tolerance.
    expect(metres(toWgs84([116.397428, 39.90923], 'gcj02'), toWgs84([116.403963, 39.915119], 'bd09'))).toBeLessThan(60);
  });
});

describe('queryFor', () => {
  it('queries by the location, or by the name where the location names only a town (all 18 parks)', () => {
    const queries = Object.fromEntries(PARKS.map((f) => [f.properties.seq, queryFor(f.properties).text]));
    expect(queries).toEqual({
      1: '北京市海淀区中关村综保区',
      2: '北京市海淀区翠湖科技园',
      3: '北京市海淀区温泉镇古莲路66号院',
      4: '北京市海淀区海淀大悦城西南侧',
      5: '北京市海淀区海淀大悦信息科技园D4/D7/D8/D9',
      6: '北京市海淀区东升科技园·海开园',
      7: '北京市海淀区东升镇学院路北端',
      8: '北京市海淀区清华东路38号',
      9: '北京市海淀区四季青镇常青村',
      10: '北京市海淀区永丰数字科技中心',
      11: '北京市海淀区中关村永丰产业基地·芯域',
      12: '北京市海淀区温泉镇环保科技园',
      13: '北京市海淀区苏家坨镇一镇一园集体产业用地北京协同创新园',
      14: '北京市海淀区中关村科学城国际医谷',
      15: '北京市海淀区四季青镇巨山路188号院',
      16: '北京市海淀区昆明湖南路51号',
      17: '北京市海淀区西北旺镇丰贤中路9号',
      18: '北京市海淀区上地信息路26号',
    });
    const byName = PARKS.filter((f) => queryFor(f.properties).from === 'name').map((f) => f.properties.seq);
    expect(byName.sort((a, b) => a - b)).toEqual([1, 6, 10, 11, 13, 14]);
  });
  it('keeps a location that names more than a town, and drops remarks in brackets', () => {
    const q = (zh: string, name = '某园') => queryFor({ location: { zh, en: '-' }, name: { zh: name, en: '-' } });
    expect(q('海淀区苏家坨镇')).toEqual({ text: '北京市海淀区某园', from: 'name' });
    expect(q('海淀区马连洼街道')).toEqual({ text: '北京市海淀区某园', from: 'name' });
    expect(q('海淀区苏家坨镇北安河村')).toEqual({ text: '北京市海淀区苏家坨镇北安河村', from: 'location' });
    expect(q('清华东路38号（北沙滩地铁站A西北口）')).toEqual({ text: '北京市海淀区清华东路38号', from: 'location' });
  });
});

describe('requestUrl', () => {
  const params = (url: string) => Object.fromEntries(new URL(url).searchParams);
  it("speaks each provider's API at its public base URL", () => {
    const amap = requestUrl('amap', undefined, QUERY.text, 'k1');
    expect(amap.startsWith('https://restapi.amap.com/v3/geocode/geo?')).toBe(true);
    expect(params(amap)).toEqual({ address: QUERY.text, city: '北京', output: 'JSON', key: 'k1' });
    const tdt = requestUrl('tianditu', undefined, QUERY.text, 'k2');
    expect(tdt.startsWith('https://api.tianditu.gov.cn/geocoder?')).toBe(true);
    expect(params(tdt)).toEqual({ ds: `{"keyWord":"${QUERY.text}"}`, tk: 'k2' });
    const baidu = requestUrl('baidu', undefined, QUERY.text, 'k3');
    expect(baidu.startsWith('https://api.map.baidu.com/geocoding/v3/?')).toBe(true);
    expect(params(baidu)).toEqual({ address: QUERY.text, city: '北京市', output: 'json', ak: 'k3' });
  });
  it('puts the path after --endpoint (a proxy prefix and a trailing slash kept right)', () => {
    expect(requestUrl('amap', 'http://127.0.0.1:8080/proxy/', 'x', 'k')).toMatch(
      /^http:\/\/127\.0\.0\.1:8080\/proxy\/v3\/geocode\/geo\?/,
    );
    expect(requestUrl('baidu', 'http://127.0.0.1:8080', 'x', 'k')).toMatch(
      /^http:\/\/127\.0\.0\.1:8080\/geocoding\/v3\/\?/,
    );
  });
});

describe('AMap answers', () => {
  it('reads a door-number answer: GCJ-02 → WGS-84, address ±150 m, basis and source naming provider, query, date', () => {
    const gcj: LngLat = [116.311234, 40.037345];
    const r = interpret('amap', 200, amapOk(gcj.join(',')), QUERY, DATE);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(metres(r.coordinates, toWgs84(gcj, 'gcj02'))).toBeLessThan(0.2);
    expect(metres(r.coordinates, gcj)).toBeGreaterThan(450);
    expect(r.geocode.precision).toBe('address');
    expect(r.geocode.accuracyM).toBe(150);
    expect(r.geocode.basis.zh).toContain('高德地图地理编码按“北京市海淀区上地信息路26号”');
    expect(r.geocode.basis.zh).toContain('已由 GCJ-02 转换为 WGS-84');
    expect(r.geocode.basis.zh).toContain(DATE);
    expect(r.geocode.basis.en).toContain('AMap geocoding v3 (/v3/geocode/geo) answer for "北京市海淀区上地信息路26号"');
    expect(r.geocode.source).toBe(`AMap geocoding v3 (/v3/geocode/geo), query "北京市海淀区上地信息路26号", ${DATE}`);
    // What the data contract asks of a basis (tests/unit/data/contract.test.ts).
    expect(r.geocode.basis.zh.length).toBeGreaterThan(20);
    expect(r.geocode.basis.en.length).toBeGreaterThan(40);
  });
  it.each([
    ['兴趣点', 'address', 300],
    ['公交地铁站点', 'landmark', 500],
    ['住宅区', 'landmark', 800],
    ['道路', 'area', 2000],
    ['村庄', 'area', 1500],
    ['乡镇', 'town', 5000],
  ])('maps level %s to %s ±%i m', (level, precision, accuracyM) => {
    const r = interpret('amap', 200, amapOk('116.3,40.0', level), QUERY, DATE);
    expect(r.kind === 'ok' && [r.geocode.precision, r.geocode.accuracyM]).toEqual([precision, accuracyM]);
  });
  it('refuses a level coarser than a town, or one not in the table', () => {
    expect(interpret('amap', 200, amapOk('116.3,40.0', '区县'), QUERY, DATE).kind).toBe('too-coarse');
    expect(interpret('amap', 200, amapOk('116.3,40.0', '未知'), QUERY, DATE).kind).toBe('too-coarse');
  });
  it('tells no result, ambiguous answers, query errors and a refused key or spent quota (fatal) apart', () => {
    const none = JSON.stringify({ status: '1', info: 'OK', infocode: '10000', count: '0', geocodes: [] });
    expect(parseAnswer('amap', 200, none).kind).toBe('no-result');
    const two = JSON.parse(amapOk('116.30,40.03')) as { geocodes: Record<string, unknown>[]; count: string };
    two.geocodes.push({ ...two.geocodes[0], location: '116.20,40.08', formatted_address: '北京市海淀区西北旺镇' });
    two.count = '2';
    expect(parseAnswer('amap', 200, JSON.stringify(two))).toMatchObject({ kind: 'ambiguous' });
    expect(
      parseAnswer('amap', 200, JSON.stringify({ status: '0', info: 'INVALID_USER_KEY', infocode: '10001' })),
    ).toEqual({
      kind: 'fatal',
      message: 'AMap refused the request: INVALID_USER_KEY (infocode 10001)',
    });
    expect(
      parseAnswer('amap', 200, JSON.stringify({ status: '0', info: 'DAILY_QUERY_OVER_LIMIT', infocode: '10003' })).kind,
    ).toBe('fatal');
    expect(
      parseAnswer('amap', 200, JSON.stringify({ status: '0', info: 'INVALID_PARAMS', infocode: '20000' })).kind,
    ).toBe('error');
    expect(parseAnswer('amap', 500, 'Internal Server Error').kind).toBe('error');
    expect(parseAnswer('amap', 200, '<html>gateway</html>').kind).toBe('error');
    expect(parseAnswer('amap', 403, '{"info":"forbidden"}')).toEqual({
      kind: 'fatal',
      message: 'AMap refused the request: HTTP 403 forbidden',
    });
  });
});

describe('Tianditu answers', () => {
  it('reads {lon, lat, level, score} as strings or numbers; CGCS2000 is taken as WGS-84', () => {
    const r = interpret('tianditu', 200, tiandituOk('116.305512', '40.036221'), QUERY, DATE);
    expect(r).toMatchObject({ kind: 'ok', coordinates: [116.305512, 40.036221], level: '门址' });
    expect(r.kind === 'ok' && r.geocode.basis.en).toContain('CGCS2000, used as WGS-84');
    expect(r.kind === 'ok' && r.geocode.basis.en).toContain('score 100');
    const asNumbers = JSON.stringify({
      status: '0',
      msg: 'ok',
      location: { lon: 116.2, lat: 40.1, level: '地名地址' },
    });
    expect(interpret('tianditu', 200, asNumbers, QUERY, DATE)).toMatchObject({
      kind: 'ok',
      geocode: { precision: 'landmark', accuracyM: 500 },
    });
  });
  it('tells status 101 (nothing), 404 (error) and a refused key (no status, or HTTP 403) apart', () => {
    expect(parseAnswer('tianditu', 200, '{"msg":"无结果","status":"101"}').kind).toBe('no-result');
    expect(parseAnswer('tianditu', 200, '{"msg":"服务异常","status":"404"}').kind).toBe('error');
    expect(parseAnswer('tianditu', 200, '{"msg":"非法Key","code":"100"}')).toEqual({
      kind: 'fatal',
      message: 'Tianditu refused the request: 非法Key',
    });
    expect(parseAnswer('tianditu', 403, '{"msg":"权限类型错误"}').kind).toBe('fatal');
  });
});

describe('Baidu answers', () => {
  it('reads result.location (BD-09) and widens accuracyM to the error its confidence documents', () => {
    const bd: LngLat = [116.317793, 40.043214];
    const r = interpret('baidu', 200, baiduOk(bd[0], bd[1]), QUERY, DATE);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(metres(r.coordinates, toWgs84(bd, 'bd09'))).toBeLessThan(0.2);
    expect(r.geocode).toMatchObject({ precision: 'address', accuracyM: 150 });
    expect(r.geocode.basis.zh).toContain('百度地图地理编码');
    expect(r.geocode.basis.zh).toContain('已由 BD-09 转换为 WGS-84');
    expect(r.geocode.basis.en).toContain('precise 1, confidence 80, comprehension 100');
    const vague = interpret('baidu', 200, baiduOk(bd[0], bd[1], '门址', 50), QUERY, DATE);
    expect(vague.kind === 'ok' && vague.geocode.accuracyM).toBe(1000);
    expect(interpret('baidu', 200, baiduOk(bd[0], bd[1], '工业园区'), QUERY, DATE)).toMatchObject({
      geocode: { precision: 'landmark', accuracyM: 800 },
    });
  });
  it('tells nothing found, a poorly understood address, query errors and key or quota errors apart', () => {
    expect(
      parseAnswer('baidu', 200, JSON.stringify({ status: 1, msg: 'Internal Service Error:无相关结果', results: [] }))
        .kind,
    ).toBe('no-result');
    expect(parseAnswer('baidu', 200, baiduOk(116.3, 40.0, '门址', 80, 30)).kind).toBe('ambiguous');
    expect(parseAnswer('baidu', 200, JSON.stringify({ status: 2, message: 'Parameter Invalid' })).kind).toBe('error');
    expect(parseAnswer('baidu', 200, JSON.stringify({ status: 240, message: 'APP 服务被禁用' }))).toEqual({
      kind: 'fatal',
      message: 'Baidu refused the request: status 240 APP 服务被禁用',
    });
    expect(parseAnswer('baidu', 200, JSON.stringify({ status: 302, message: '天配额超限，限制访问' })).kind).toBe(
      'fatal',
    );
    expect(parseAnswer('baidu', 200, JSON.stringify({ status: 0, result: { level: '门址' } })).kind).toBe('no-result');
  });
});

describe('levels and coarseness', () => {
  it('maps only to the four precisions, never coarser than a town', () => {
    for (const p of Object.values(LEVELS)) expect(['address', 'landmark', 'area', 'town']).toContain(p.precision);
    for (const coarse of ['国家', '省', '市', '区县', '省份', '城市', 'UNKNOWN', '未知'])
      expect(LEVELS[coarse]).toBeUndefined();
  });
  it('calls a placement coarser when its precision or its accuracy is worse', () => {
    expect(isCoarser({ precision: 'area', accuracyM: 500 }, { precision: 'landmark', accuracyM: 600 })).toBe(true);
    expect(isCoarser({ precision: 'address', accuracyM: 300 }, { precision: 'address', accuracyM: 150 })).toBe(true);
    expect(isCoarser({ precision: 'address', accuracyM: 150 }, { precision: 'town', accuracyM: 6500 })).toBe(false);
    expect(isCoarser({ precision: 'address', accuracyM: 300 }, { precision: 'address', accuracyM: 300 })).toBe(false);
  });
  it('names each provider’s key variable and datum', () => {
    expect(Object.values(PROVIDER_INFO).map((p) => [p.keyEnv, p.datum])).toEqual([
      ['AMAP_KEY', 'gcj02'],
      ['TIANDITU_KEY', 'cgcs2000'],
      ['BAIDU_AK', 'bd09'],
    ]);
  });
});
