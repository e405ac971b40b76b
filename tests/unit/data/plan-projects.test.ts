import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, coordAll, distance } from '@turf/turf';

type Project = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    name: { zh: string; en: string };
    category: string;
    planText: { zh: string; en: string };
    status?: { zh: string; en: string };
    year?: number;
    geocode: {
      precision: string;
      basis: { zh: string; en: string };
      accuracyM: number;
      source: string;
      region?: { type: 'Polygon'; coordinates: [number, number][][] };
    };
  };
};

const projects = (
  JSON.parse(readFileSync(new URL('../../../data/plan-projects.geojson', import.meta.url), 'utf8')) as {
    type: string;
    features: Project[];
  }
).features;

// Sentences copied verbatim from the 2025 Haidian plan text (the ones that name a mappable project).
const PLAN_SENTENCES = [
  "2025年,海淀区将全面推动公立医院改革与高质量发展示范项目实施,扎实推进医联体建设,完善分级诊疗体系,优化家庭医生服务;持续推进医疗服务信息化;优化医疗资源布局,推动北部医疗中心、苏家坨中心医院尽快投用;扎实开展“健康进社区”行动,推动社区卫生服务中心提质增效;持续提升重点人群健康管理服务能力;试点推动区属医院研究型病房建设;完成全国全民运动健身模范区创建,扩展体育场地设施建设空间,推动体育场馆设施更好地开放利用,办好2025海淀马拉松、TNF100北京越野跑挑战赛、海淀3V3篮球制霸赛等体育赛事。",
  "持续弥合绿色空间,推进3个公园绿地和10处小微绿地建设,计划新增林地、绿地60公顷;打造特色花园式功能区,完成上地产业基地片区示范街区建设;打造便捷舒适的花园生活场景,开展苏家坨中心医院、海淀区北部医疗中心花园式医院场景建设;加快推进城市彩化工作,实施20个彩化建设项目;大力营造高品质生态消费场景,新建26处公园绿色消费场景;持续开展生物多样性保护,推进翠湖国家城市湿地公园试点建设。",
  "海淀区将完成36个点位桥下空间环境的精细化提升工程,在清河站片区等区域探索打造高品质城市场景,一刻钟便民生活圈实现街镇全覆盖;同时,加快完善路网结构,推进地铁13号线扩能提升工程、地铁19号线北延建设,新增道路通车里程30公里以上,挖潜新增停车位8000个,开放错时共享车位2500个,完成47公里慢行系统达标治理,加快推进12处公交场站建设,进一步提升区域交通出行品质。",
  "同时,海淀区会持续推进老旧小区改造,完成“十四五”时期改造任务收尾;加快危旧楼房改建,启动中关村东区改造项目B组团居民意见征询,推动安宁庄后街13号院项目结构封顶、首都体育学院项目竣工;有序推进城中村改造,扎实做好已实施项目后续工作;加强住房销售和租赁市场管理,推动房地产市场平稳健康发展。",
  "大力推动医药健康产业发展,支持清华大学医学园区建设;积极打造数字医疗集聚区;完善共性技术平台和孵化平台建设。",
];

// Expected (id -> clause of the plan) pairs.
const EXPECTED: [string, string][] = [
  ['haidian-north-medical-center', '推动北部医疗中心、苏家坨中心医院尽快投用'],
  ['sujiatuo-central-hospital', '推动北部医疗中心、苏家坨中心医院尽快投用'],
  ['cuihu-national-urban-wetland-park', '推进翠湖国家城市湿地公园试点建设'],
  ['shangdi-industrial-base-demo-block', '完成上地产业基地片区示范街区建设'],
  ['qinghe-station-area', '在清河站片区等区域探索打造高品质城市场景'],
  ['zgc-east-district-renewal-group-b', '启动中关村东区改造项目B组团居民意见征询'],
  ['anningzhuang-houjie-13', '推动安宁庄后街13号院项目结构封顶'],
  ['capital-university-of-physical-education-project', '首都体育学院项目竣工'],
  ['tsinghua-medical-campus', '支持清华大学医学园区建设'],
  ['metro-line-13-capacity-upgrade', '推进地铁13号线扩能提升工程'],
  ['metro-line-19-north-extension', '地铁19号线北延建设'],
];

const CATEGORIES = ['health', 'housing', 'green', 'transit', 'renewal', 'industry'];

const towns = (
  JSON.parse(readFileSync(new URL('../../../geo/towns.geojson', import.meta.url), 'utf8')) as {
    features: Feature<Polygon | MultiPolygon, { name: { zh: string } }>[];
  }
).features;

// Town-level projects whose site may be anywhere in the town their basis names.
const WHOLE_TOWN: [string, string][] = [
  ['haidian-north-medical-center', '西北旺镇'],
  ['sujiatuo-central-hospital', '苏家坨镇'],
  ['tsinghua-medical-campus', '温泉镇'],
];

describe('data/plan-projects.geojson', () => {
  it('is a non-empty list of Point features', () => {
    expect(projects.length).toBeGreaterThan(0);
    for (const f of projects) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lng, lat] = f.geometry.coordinates;
      expect(lng).toBeGreaterThan(116.03);
      expect(lng).toBeLessThan(116.42);
      expect(lat).toBeGreaterThan(39.88);
      expect(lat).toBeLessThan(40.17);
    }
  });

  it('ids are unique kebab-case', () => {
    const ids = projects.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('categories are in the allowed set', () => {
    for (const f of projects) expect(CATEGORIES).toContain(f.properties.category);
  });

  it('every planText.zh is non-empty and a verbatim part of a plan sentence', () => {
    for (const f of projects) {
      const zh = f.properties.planText.zh;
      expect(zh.length).toBeGreaterThan(0);
      expect(f.properties.planText.en.length).toBeGreaterThan(0);
      expect(
        PLAN_SENTENCES.some((s) => s.includes(zh)),
        f.properties.id,
      ).toBe(true);
    }
  });

  it.each(EXPECTED)('%s quotes "%s"', (id, clause) => {
    const f = projects.find((p) => p.properties.id === id);
    expect(f, id).toBeDefined();
    expect(f!.properties.planText.zh).toContain(clause);
  });

  it('names, status, year and geocode metadata are well-formed', () => {
    for (const f of projects) {
      const p = f.properties;
      expect(p.name.zh.length).toBeGreaterThan(0);
      expect(p.name.en.length).toBeGreaterThan(0);
      if (p.status) {
        expect(p.status.zh.length).toBeGreaterThan(0);
        expect(p.status.en.length).toBeGreaterThan(0);
      }
      if (p.year !== undefined) expect(Number.isInteger(p.year)).toBe(true);
      expect(['address', 'landmark', 'area', 'town']).toContain(p.geocode.precision);
      expect(p.geocode.basis.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.geocode.basis.zh.length).toBeGreaterThan(20);
      expect(p.geocode.basis.en.length).toBeGreaterThan(20);
      expect(p.geocode.source.length).toBeGreaterThan(0);
      expect(p.geocode.accuracyM).toBeGreaterThan(0);
    }
  });

  it('only the listed town-level projects claim a disc covering the whole town', () => {
    const claimed = projects.filter((f) => /covers the whole town/.test(f.properties.geocode.basis.en)).map((f) => f.properties.id);
    expect(claimed.sort()).toEqual(WHOLE_TOWN.map(([id]) => id).sort());
  });

  it.each(WHOLE_TOWN)('%s: the disc covers the whole of %s (accuracyM = farthest town vertex, rounded up to 500 m)', (id, townZh) => {
    const f = projects.find((p) => p.properties.id === id)!;
    const g = f.properties.geocode;
    expect(g.precision).toBe('town');
    expect(g.basis.zh).toContain(townZh);
    expect(g.basis.zh).toContain('覆盖全镇');
    const town = towns.find((t) => t.properties.name.zh === townZh)!;
    expect(booleanPointInPolygon(f.geometry.coordinates, town)).toBe(true);
    const far = Math.max(...coordAll(town).map((v) => distance(f.geometry.coordinates, v, { units: 'meters' })));
    expect(g.accuracyM).toBe(Math.ceil(far / 500) * 500);
  });

  it('every region is one closed ring that contains its point, and accuracyM reaches its farthest vertex', () => {
    for (const f of projects.filter((p) => p.properties.geocode.region)) {
      const region = f.properties.geocode.region!;
      const ring = region.coordinates[0]!;
      expect(region.coordinates, f.properties.id).toHaveLength(1);
      expect(ring.at(-1), f.properties.id).toEqual(ring[0]);
      expect(booleanPointInPolygon(f.geometry.coordinates, region), f.properties.id).toBe(true);
      const far = Math.max(...ring.map((v) => distance(f.geometry.coordinates, v, { units: 'meters' })));
      expect(f.properties.geocode.accuracyM, f.properties.id).toBeGreaterThanOrEqual(far);
    }
  });

  it('the Line 19 extension carries no invented opening year', () => {
    const f = projects.find((p) => p.properties.id === 'metro-line-19-north-extension');
    expect(f!.properties.year === undefined || f!.properties.year === 2025).toBe(true);
  });
});
