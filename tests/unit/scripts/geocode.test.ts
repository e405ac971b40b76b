/**
 * `npm run geocode` (tools/data/geocode.mjs) end to end against a local stand-in for each provider (node:http on
 * 127.0.0.1, via --endpoint): no test reaches a real service. The stand-in answers in each provider's response shape.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromWgs84 } from '../../../src/lib/geocode-providers.ts';
import { checkPatch, parsePatch, type PatchContext } from '../../../src/lib/patch.ts';
import { validateParkFeature } from '../../../src/lib/patch-validate.ts';
import type { BoundaryFile, LngLat, ParksFile, TownsFile } from '../../../src/lib/schema.ts';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'tools/data/geocode.mjs');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as unknown;
const PARKS = (read('data/parks.geojson') as ParksFile).features;
const ctx: PatchContext = {
  district: (read('geo/boundary.geojson') as BoundaryFile).features[0]!.geometry,
  towns: (read('geo/towns.geojson') as TownsFile).features,
  validate: validateParkFeature,
};
const KEYS = { AMAP_KEY: 'amap-secret-1234', TIANDITU_KEY: 'tdt-secret-5678', BAIDU_AK: 'baidu-secret-9012' };
/** A park's point moved north by `dLat`, WGS-84. */
const near = (id: string, dLat = 0.0005): LngLat => {
  const c = PARKS.find((f) => f.properties.id === id)!.geometry.coordinates;
  return [c[0]!, c[1]! + dLat];
};
const OUTSIDE_DISTRICT: LngLat = [116.5, 39.9];

/* The stand-in: answers by provider path and query text. */
type Reply = { status?: number; body: string } | 'hang';
const replies = new Map<string, Reply>();
const seenKeys = new Set<string>();
const amap = (p: LngLat, level = '门牌号') =>
  JSON.stringify({
    status: '1',
    info: 'OK',
    infocode: '10000',
    count: '1',
    geocodes: [
      { formatted_address: '北京市海淀区', district: '海淀区', location: fromWgs84(p, 'gcj02').join(','), level },
    ],
  });
const reply = (provider: string, query: string, r: Reply) => replies.set(`${provider}|${query}`, r);

reply('amap', '北京市海淀区永丰数字科技中心', { body: amap(near('yongfeng-digital-tech-center')) });
reply('amap', '北京市海淀区上地信息路26号', { body: amap(near('zgc-haidian-quantum-future-industry-park')) });
reply('amap', '北京市海淀区中关村综保区', { body: amap(OUTSIDE_DISTRICT) });
reply('amap', '北京市海淀区四季青镇巨山路188号院', {
  body: JSON.stringify({ status: '1', info: 'OK', infocode: '10000', count: '0', geocodes: [] }),
});
reply('amap', '北京市海淀区昆明湖南路51号', { body: amap(near('zgc-siji-innovation-center'), '道路') });
const tdt = (p: LngLat) =>
  JSON.stringify({
    msg: 'ok',
    status: '0',
    location: { lon: String(p[0]), lat: String(p[1]), level: '门址', score: 90 },
  });
reply('tianditu', '北京市海淀区永丰数字科技中心', { body: tdt(near('yongfeng-digital-tech-center')) });
reply('tianditu', '北京市海淀区上地信息路26号', { status: 500, body: '<html>502 Bad Gateway</html>' });
reply('tianditu', '北京市海淀区西北旺镇丰贤中路9号', 'hang');
const bd = (p: LngLat) =>
  JSON.stringify({
    status: 0,
    result: {
      location: { lng: fromWgs84(p, 'bd09')[0], lat: fromWgs84(p, 'bd09')[1] },
      precise: 1,
      confidence: 90,
      comprehension: 100,
      level: '门址',
    },
  });
reply('baidu', '北京市海淀区永丰数字科技中心', { body: bd(near('yongfeng-digital-tech-center')) });
// Baidu's daily quota is spent from the second park on; its message echoes the key, which must not be printed.
reply('baidu', '北京市海淀区西北旺镇丰贤中路9号', {
  body: JSON.stringify({ status: 302, message: `天配额超限，限制访问 (ak ${KEYS.BAIDU_AK})` }),
});

let server: http.Server;
let endpoint: string;
let dir: string;

function startServer(): Promise<void> {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    const [provider, query, key] =
      url.pathname === '/v3/geocode/geo'
        ? ['amap', q.get('address'), q.get('key')]
        : url.pathname === '/geocoder'
          ? ['tianditu', (JSON.parse(q.get('ds') ?? '{}') as { keyWord?: string }).keyWord, q.get('tk')]
          : url.pathname === '/geocoding/v3/'
            ? ['baidu', q.get('address'), q.get('ak')]
            : ['', '', ''];
    if (key) seenKeys.add(key);
    const r = replies.get(`${provider}|${query}`) ?? { status: 404, body: 'no such route' };
    if (r === 'hang') return; // never answers: the client's timeout must fire
    res.writeHead(r.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(r.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

type Run = { code: number | null; stdout: string; stderr: string };
function run(args: string[], env: Record<string, string> = KEYS): Promise<Run> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in KEYS)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: dir, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const common = () => ['--endpoint', endpoint, '--delay', '0'];
const out = (name: string) => path.join(dir, name);

let runs: Record<'amap' | 'tianditu' | 'baidu' | 'noKey' | 'intoData', Promise<Run>>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'geocode-'));
  await startServer();
  runs = {
    amap: run([
      '--provider',
      'amap',
      ...common(),
      '--only',
      'yongfeng-digital-tech-center,zgc-haidian-quantum-future-industry-park,zgc-bonded-zone-phase-1,sijiqing-life-science-park,zgc-siji-innovation-center',
      '--out',
      out('amap.patch.geojson'),
    ]),
    tianditu: run([
      '--provider',
      'tianditu',
      ...common(),
      '--timeout',
      '1500',
      '--only',
      'yongfeng-digital-tech-center,zgc-haidian-quantum-future-industry-park,haixing-medical-innovation-park-b',
      '--out',
      out('tdt.patch.geojson'),
    ]),
    baidu: run([
      '--provider',
      'baidu',
      ...common(),
      '--only',
      'yongfeng-digital-tech-center,haixing-medical-innovation-park-b,zgc-haidian-quantum-future-industry-park',
      '--out',
      out('baidu.patch.geojson'),
    ]),
    noKey: run(['--provider', 'amap', ...common(), '--out', out('nokey.patch.geojson')], {}),
    intoData: run(['--provider', 'amap', ...common(), '--out', path.join(ROOT, 'data/geocoded.patch.geojson')]),
  };
});
afterAll(async () => {
  await Promise.all(Object.values(runs ?? {}));
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The patch the run wrote, parsed and checked as data:apply would. */
function writtenPatch(file: string) {
  const parsed = parsePatch(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { patch: parsed.value, check: checkPatch(parsed.value, PARKS, ctx) };
}

// The runs start together; on a busy 2-core machine the first awaited may take longer than the default 5 s.
describe('tools/data/geocode.mjs', { timeout: 30_000 }, () => {
  it('writes a patch that parsePatch and checkPatch accept, leaving out (with a message) what it cannot place', async () => {
    const r = await runs.amap;
    expect(r.code).toBe(0);
    const { patch, check } = writtenPatch(out('amap.patch.geojson'));
    expect(check.errors).toEqual([]);
    expect(patch.features.map((f) => f.properties.id)).toEqual([
      'yongfeng-digital-tech-center',
      'zgc-haidian-quantum-future-industry-park',
    ]);
    const f = patch.features[0]!;
    expect(f.geometry.coordinates[0]).toBeCloseTo(near('yongfeng-digital-tech-center')[0], 5);
    expect(f.geometry.coordinates[1]).toBeCloseTo(near('yongfeng-digital-tech-center')[1], 5);
    expect(f.properties.geocode).toMatchObject({ precision: 'address', accuracyM: 150 });
    expect(f.properties.geocode.source).toMatch(
      /^AMap geocoding v3 \(\/v3\/geocode\/geo\), query "北京市海淀区永丰数字科技中心", \d{4}-\d{2}-\d{2}$/,
    );
    // Outside the district, no result, coarser than the data: each reported and left out.
    expect(r.stderr).toMatch(
      /#1 zgc-bonded-zone-phase-1: left out: .*the point \[116\.5, 39\.9\] is outside the district/,
    );
    expect(r.stderr).toMatch(/#15 sijiqing-life-science-park: left out: .*no-result: AMap found nothing/);
    expect(r.stderr).toMatch(
      /#16 zgc-siji-innovation-center: left out: .*level 道路 gives area ±2000 m, coarser than the data's address ±900 m/,
    );
    expect(r.stdout).toContain('wrote amap.patch.geojson: 2 parks, 3 left out');
    expect(seenKeys).toContain(KEYS.AMAP_KEY);
    expect(r.stdout + r.stderr).not.toContain(KEYS.AMAP_KEY);
  });

  it('reports a provider error status and a timeout per park and goes on', async () => {
    const r = await runs.tianditu;
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/#18 zgc-haidian-quantum-future-industry-park: left out: .*error: Tianditu: HTTP 500/);
    expect(r.stderr).toMatch(/#17 haixing-medical-innovation-park-b: left out: .*timeout after 1500 ms/);
    const { patch, check } = writtenPatch(out('tdt.patch.geojson'));
    expect(check.errors).toEqual([]);
    // CGCS2000 is taken as WGS-84: the point is the stand-in's, to the 6th decimal.
    expect(patch.features.map((f) => f.geometry.coordinates)).toEqual([
      near('yongfeng-digital-tech-center').map((x) => Math.round(x * 1e6) / 1e6),
    ]);
  });

  it('stops on a spent quota with the provider message (key blanked), exit 1, keeping what was geocoded', async () => {
    const r = await runs.baidu;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('geocode: stopped: Baidu refused the request: status 302 天配额超限，限制访问 (ak ***)');
    expect(r.stdout + r.stderr).not.toContain(KEYS.BAIDU_AK);
    // Park 18 comes after the stop: never queried.
    expect(r.stdout + r.stderr).not.toContain('#18');
    const { patch, check } = writtenPatch(out('baidu.patch.geojson'));
    expect(check.errors).toEqual([]);
    expect(patch.features.map((f) => f.properties.id)).toEqual(['yongfeng-digital-tech-center']);
  });

  it('refuses to run without a key (exit 2, naming the variable) or to write into data/', async () => {
    const noKey = await runs.noKey;
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('set AMAP_KEY to your amap web-service key');
    expect(fs.existsSync(out('nokey.patch.geojson'))).toBe(false);
    const intoData = await runs.intoData;
    expect(intoData.code).toBe(2);
    expect(intoData.stderr).toContain('is inside data/');
    expect(fs.existsSync(path.join(ROOT, 'data/geocoded.patch.geojson'))).toBe(false);
  });
});
