#!/usr/bin/env node
// Generator for data/parks.geojson, data/plan-projects.geojson and data/industries.json.
//
// Usage (not run by build or tests):
//   node tools/data/build-data.mjs --plan <plan.zh.txt> --ref <reference-dir> [--write]
//
// * Every Chinese fact about a park (项目名称 / 空间位置 / 空间规模 / 产业定位) is EXTRACTED from the
//   plan text given with --plan, never retyped. Floor areas are parsed from the 空间规模 sentence.
// * Every plan-project `planText.zh` is SLICED from the plan text between two markers, so it is an
//   exact substring by construction.
// * The reference folder (--ref) is used only to compute/check: town point-in-polygon, Haidian
//   boundary, nearest subway station and nearest reference anchor. Nothing from it is copied.
// * Coordinates below are WGS-84 [lng, lat], rounded to 6 decimals on output.
// Without --write the script only prints the check report.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const planPath = arg('--plan');
const refDir = arg('--ref');
const WRITE = args.includes('--write');
if (!planPath || !refDir) {
  console.error('usage: node tools/data/build-data.mjs --plan <plan.zh.txt> --ref <reference-dir> [--write]');
  process.exit(2);
}
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const plan = fs.readFileSync(planPath, 'utf8');
const readRef = (f) => JSON.parse(fs.readFileSync(path.join(refDir, f), 'utf8'));

const r6 = (x) => Math.round(x * 1e6) / 1e6;

// ---------------------------------------------------------------------------------------------
// 1. Industries
// ---------------------------------------------------------------------------------------------
const INDUSTRIES = [
  { id: 'ai', zh: '人工智能', en: 'AI' },
  { id: 'ic', zh: '集成电路', en: 'Integrated circuits' },
  { id: 'biomed', zh: '医药健康', en: 'Biomedicine & health' },
  { id: 'smart-manufacturing', zh: '智能制造', en: 'Smart manufacturing' },
  { id: 'new-materials', zh: '新材料', en: 'New materials' },
  { id: 'next-gen-it', zh: '新一代信息技术', en: 'Next-generation IT' },
  { id: 'digital-economy', zh: '数字经济', en: 'Digital economy' },
  { id: 'aerospace', zh: '空天信息与航空航天', en: 'Aerospace & space information' },
  { id: 'autonomous-systems', zh: '自动驾驶与无人系统', en: 'Autonomous driving & unmanned systems' },
  { id: 'cybersecurity', zh: '网络信息安全', en: 'Cybersecurity' },
  { id: 'quantum', zh: '量子科技', en: 'Quantum technology' },
  { id: 'fintech', zh: '金融科技', en: 'Fintech' },
  { id: 'future-energy', zh: '未来能源', en: 'Future energy' },
  { id: 'tech-services', zh: '科技服务', en: 'Technology services' },
  { id: 'sci-tech-culture', zh: '文化科技融合', en: 'Culture–technology integration' },
  { id: 'marine-equipment', zh: '高端海洋装备', en: 'High-end marine equipment' },
  { id: 'optoelectronics', zh: '光电装备', en: 'Optoelectronic equipment' },
];

// ---------------------------------------------------------------------------------------------
// 2. Parks: extract the 18 blocks verbatim from the plan
// ---------------------------------------------------------------------------------------------
function extractParks(text) {
  const start = text.indexOf('高品质产业空间等');
  if (start < 0) throw new Error('section 高品质产业空间 not found');
  const section = text.slice(start);
  const blocks = section.split('● ').slice(1);
  const field = (block, label) => {
    const m = block.match(new RegExp(`${label}[:：]([^\\n]+)`));
    if (!m) throw new Error(`field ${label} missing in block: ${block.slice(0, 40)}`);
    return m[1].trim();
  };
  return blocks.map((b) => ({
    name: field(b, '项目名称'),
    location: field(b, '空间位置'),
    scale: field(b, '空间规模'),
    positioning: field(b, '产业定位'),
  }));
}

function wan(s) {
  // '12.1' (万平方米) -> 121000, exact integer arithmetic on the decimal string
  const [i, f = ''] = s.split('.');
  return Number(i) * 10000 + (f ? Number(f.padEnd(4, '0').slice(0, 4)) : 0);
}
function parseScale(scale) {
  const total = scale.match(/(?:总建筑面积|建筑面积)([\d.]+)万平方米/);
  if (!total) throw new Error('no floor area in ' + scale);
  const above = scale.match(/地上([\d.]+)万平方米/);
  const exp = scale.match(/未来可提供([\d.]+)万(余)?平方米扩展空间/);
  return {
    floorAreaM2: wan(total[1]),
    aboveGroundAreaM2: above ? wan(above[1]) : null,
    ...(exp ? { expansionAreaM2: wan(exp[1]), expansionIsLowerBound: Boolean(exp[2]) } : {}),
  };
}

const TOWN_EN = {
  温泉镇: 'Wenquan Town',
  东升镇: 'Dongsheng Town',
  四季青镇: 'Sijiqing Town',
  西北旺镇: 'Xibeiwang Town',
  苏家坨镇: 'Sujiatuo Town',
  上庄镇: 'Shangzhuang Town',
  海淀镇: 'Haidian Town',
  上地街道: 'Shangdi Subdistrict',
  曙光街道: 'Shuguang Subdistrict',
  学院路街道: 'Xueyuan Road Subdistrict',
  清河街道: 'Qinghe Subdistrict',
  中关村街道: 'Zhongguancun Subdistrict',
  北太平庄街道: 'Beitaipingzhuang Subdistrict',
  花园路街道: 'Huayuan Road Subdistrict',
  马连洼街道: 'Malianwa Subdistrict',
  西三旗街道: 'Xisanqi Subdistrict',
};

// Hand table, in plan order. Chinese facts are NOT here: they come from the plan text.
// coord: WGS-84 [lng, lat].
const PARK_META = [
  {
    id: 'zgc-bonded-zone-phase-1',
    nameEn: 'Zhongguancun Comprehensive Bonded Zone (Phase I)',
    locationEn: 'Wenquan Town, Haidian District',
    positioningEn:
      'Centred on the integrated-circuit and medicine & health industries, with the AI and technology-services industries as priorities, expanding into N bonded-service business formats.',
    industries: ['ic', 'biomed', 'ai', 'tech-services'],
    coord: [116.1585, 40.0615],
    geocode: {
      precision: 'town',
      basis:
        'The plan gives only 温泉镇 (Wenquan Town). Press reports (Xinhua, 2023-05-31) say the approved 0.401 km² bonded-zone site is in Wenquan Town inside the Haidian cluster of the Beijing FTZ, but publish no address or coordinates. Placed at an interior point of the northern (北清路 / Beiqing Road) industrial belt of Wenquan Town, about 700 m south of the OSM 温阳路 (Wenyanglu) Line 16 station node used by the reference as a placeholder, and kept apart from parks 3 and 12. Treat as town-level.',
      accuracyM: 3000,
      source:
        'poi86 town polygon of 温泉镇 (used to check); OSM station node 温阳路 (© OpenStreetMap contributors); Xinhua via zonghe.dejiangwang.com 2023-05-31 (site facts, no coordinates)',
    },
  },
  {
    id: 'beijing-agi-innovation-park-pilot-zone',
    nameEn: 'Beijing General Artificial Intelligence Innovation Park — Pilot Zone',
    locationEn: 'Cuihu Science Park, Haidian District',
    positioningEn:
      'Built around computing-power infrastructure, it will attract and gather a group of AI innovation companies.',
    industries: ['ai'],
    coord: [116.1822, 40.0712],
    geocode: {
      precision: 'area',
      basis:
        'The plan gives only 翠湖科技园 (Cuihu Science Park), which press reports bound by 上庄西路 (E), the 6th Ring Road (W), the Jingmi canal (S) and 翠湖南路 (N), 1,873 ha. No address for the pilot zone was found. Placed about 400 m north of the OSM 稻香湖路 (Daoxianghulu) Line 16 station on 北清路, i.e. inside the park bounds in the former 中关村创新园 (Daoxianghu) part; town assigned by point-in-polygon. The true site may be anywhere in the 18 km² park.',
      accuracyM: 2500,
      source:
        'OSM station node 稻香湖路 (© OpenStreetMap contributors); 千龙网 via newzgc.com 2011-05-05 (park bounds); poi86 town polygons (used to check)',
    },
  },
  {
    id: 'zgc-wenquan-science-park-phase-2',
    nameEn: 'Zhongguancun Wenquan Science Park Phase II',
    locationEn: 'Courtyard No. 66, Gulian Road, Wenquan Town, Haidian District',
    positioningEn:
      'Future industries such as embodied intelligence, integrated circuits, smart manufacturing and new materials.',
    industries: ['ai', 'ic', 'smart-manufacturing', 'new-materials'],
    coord: [116.169998, 40.037138],
    geocode: {
      precision: 'town',
      basis:
        'Address 古莲路66号院 (Courtyard 66, Gulian Road) could not be geocoded: Gulian Road is absent from every road source reached (AMap 2020 snapshot, code and page searches). Placed at the interior label point of the Wenquan Town polygon. Treat as town-level; the error can exceed 3 km.',
      accuracyM: 3500,
      source: 'poi86 town polygon label point of 温泉镇',
    },
  },
  {
    id: 'zgc-xibeiwang-science-park-phase-1',
    nameEn: 'Zhongguancun Xibeiwang Science Park Phase I',
    locationEn: 'South-west of Haidian Joy City (mall)',
    positioningEn:
      'AI, 5G, next-generation information technology and digital-economy industries; conditions allow a sound sci-tech innovation ecosystem integrating commerce, industry and housing.',
    industries: ['ai', 'next-gen-it', 'digital-economy'],
    coord: [116.246099, 40.060091],
    geocode: {
      precision: 'town',
      basis:
        'The plan places the park south-west of 海淀大悦城 (Haidian Joy City). Joy City (opened 2024-12-21) is reported to be in Xibeiwang Town, in the 中关村科学城北区 core, ~500 m from the Palace Museum North Branch site, but no address or coordinate for it was found and it postdates the road data. Placed at the interior label point of the Xibeiwang Town polygon (the town the plan implies via Joy City). Treat as town-level.',
      accuracyM: 3000,
      source:
        'poi86 town polygon label point of 西北旺镇; visitbeijing.com.cn article on 海淀大悦城 (town, no coordinates)',
    },
  },
  {
    id: 'ic-design-park-phase-2',
    nameEn: 'IC Design Park Phase II',
    locationEn: 'Haidian Dayue (Joy) Information Science & Technology Park, D4/D7/D8/D9',
    positioningEn:
      'To build a cluster led by leading integrated-circuit companies, supported by mature and high-growth companies and complemented by small and micro enterprises.',
    industries: ['ic'],
    coord: [116.243543, 40.063015],
    geocode: {
      precision: 'area',
      basis:
        'Phase II sits in 海淀大悦信息科技园, which was not located. Phase I (中关村集成电路设计园, IC PARK) is at 丰豪东路9号院 (confirmed by several company address blocks) and press describes it as "北清路中关村壹号南区" / south of 中关村壹号 in the 永丰 base core; 丰豪东路 is not in any road layer reached. Placed at the OSM 永丰南 (Yongfengnan) Line 16 station node, the station nearest that core, as a vicinity point for the IC design park cluster in Xibeiwang Town.',
      accuracyM: 1500,
      source:
        'OSM station node 永丰南 (© OpenStreetMap contributors); fedaily.cn 2018-11-16 and siheshuidao.cn 2015-05-23 (IC PARK descriptions); public company address blocks (丰豪东路9号院)',
    },
  },
  {
    id: 'dongsheng-science-park-haikai',
    nameEn: 'Dongsheng Science Park · Haikai Park',
    locationEn: 'Dongsheng Town, Haidian District',
    positioningEn:
      'Focused on AI, smart manufacturing, and software and information services; blending vitality, ecology and smart elements to create a high-quality, innovation-service science park for headquarters-type companies.',
    industries: ['ai', 'smart-manufacturing', 'next-gen-it'],
    coord: [116.366657, 40.040799],
    geocode: {
      precision: 'town',
      basis:
        'The plan gives only 东升镇 (Dongsheng Town) and no address for the 海开园 was found. Placed at the interior label point of the main Dongsheng Town polygon (north of the 5th Ring Road, between the 东升科技园 campus on 西小口路 and 清河), well away from parks 7 and 8, which are on Dongsheng land near 学院路 / 北沙滩. Treat as town-level.',
      accuracyM: 2500,
      source: 'poi86 town polygon label point of 东升镇',
    },
  },
  {
    id: 'xueyuan-road-science-park-dongsheng',
    nameEn: 'Xueyuan Road Science Park · Dongsheng Park',
    locationEn: 'North end of Xueyuan Road, Dongsheng Town, Haidian District',
    positioningEn:
      'Focused on companies upstream and downstream in the "next-generation information technology industry chain", while appropriately bringing in "fintech", "sci-tech finance", "culture–technology integration" and supporting service industries.',
    industries: ['next-gen-it', 'fintech', 'sci-tech-culture'],
    coord: [116.347807, 40.008555],
    geocode: {
      precision: 'landmark',
      basis:
        'Placed at the OSM-derived area point of "中关村东升科技园·学院园" (Dongsheng Science Park · Xueyuan campus) on the east side of 学清路, about 150 m NE of its junction with 林业大学北路; this is the continuation of 学院路 north of 清华东路 and the only Dongsheng-park area in that data set near 学院路北端. The name differs from the plan (学院路科技园·东升园), so identity is likely but not certain. It is 1.0 km north of the 学院路 × 清华东路 junction (AMap "north end of 学院路"). Both points lie in the 学院路街道 polygon, not the 东升镇 polygon: Dongsheng Town owns collective land enclaves along 学院路/学清路 that the poi86 subdistrict polygons do not show, so the plan\'s town (东升镇) is kept.',
      accuracyM: 600,
      source:
        'tsinghua-fib-lab/CityBench beijing_aois.csv AOI 500000646 (OSM-derived, © OpenStreetMap contributors); AMap 2020 road junction 学院路 × 清华东路 (checked); poi86 subdistrict polygons (checked)',
    },
  },
  {
    id: 'zgc-dongsheng-phase-3-dongpan',
    nameEn: 'Zhongguancun Dongsheng Science Park Phase III — Dongpan Sci-Tech Innovation Center',
    locationEn: 'No. 38 Qinghua East Road (north-west of Exit A, Beishatan subway station)',
    positioningEn: 'Focused on the new-generation AI industry, with forward-looking deployment in future industries.',
    industries: ['ai'],
    coord: [116.3593, 40.003],
    geocode: {
      precision: 'address',
      basis:
        'Press (海淀区住建委 via WeChat) gives the Phase III block as the north-west corner of 北沙滩桥: east 京藏高速, south 清华东路, west 小月河东路, north 石板房南路, next to Line 15 北沙滩 station. Placed at the centroid of that block, built from the AMap 2020 lines of 清华东路, 京藏高速 and 石板房南路 (小月河东路 is not in the layer); it lies about 0.4 km NW of the OSM 北沙滩 station node, matching "A西北口". The plan names no town, so the town is the poi86 polygon the point falls in (学院路街道); press reports describe the project as Dongsheng Town (东升镇, 塔院 area) collective industrial land, i.e. a Dongsheng enclave that the subdistrict polygons do not show.',
      accuracyM: 250,
      source:
        'OSM station node 北沙滩 (© OpenStreetMap contributors); AMap 2020 roads 清华东路/京藏高速/石板房南路 (WGS-84, reference only); freewechat.com repost of 海淀住建委 on 东升科技园三期 (block bounds)',
    },
  },
  {
    id: 'national-cybersecurity-park-core',
    nameEn: 'National Cybersecurity Industrial Park (Core Area)',
    locationEn: 'Changqing Village, Sijiqing Town, Haidian District',
    positioningEn:
      "With Beijing's high-quality aerospace-information companies at its core, accelerating the formation of a \"space-information technology industry cluster belt\" along the West 4th Ring Road.",
    industries: ['aerospace', 'cybersecurity'],
    coord: [116.264866, 39.958736],
    geocode: {
      precision: 'area',
      basis:
        'No address for the park was found. Placed at the midpoint of 常青路 (Changqing Road, AMap 2020), the road named after the 常青 area of Sijiqing Town, just west of the West 4th Ring Road that the positioning names; the village/community itself was not pinned.',
      accuracyM: 800,
      source: 'AMap 2020 road 常青路 (converted to WGS-84, reference only); poi86 town polygon of 四季青镇 (checked)',
    },
  },
  {
    id: 'yongfeng-digital-tech-center',
    nameEn: 'Yongfeng Digital Technology Center',
    locationEn: 'Xibeiwang Town, Haidian District',
    positioningEn:
      'Focused on "Digital+", covering Digital + space applications, Digital + terminal applications and Digital + big health, aiming to build a globally leading innovation cluster of digital industries.',
    industries: ['digital-economy', 'aerospace', 'biomed'],
    coord: [116.232145, 40.070613],
    geocode: {
      precision: 'town',
      basis:
        'The plan gives only 西北旺镇 (Xibeiwang Town); no address was found. The name ties it to the 永丰 (Yongfeng) area of Xibeiwang Town, so it is placed at the OSM 永丰 Line 16 station node (北清路 × 永丰路). Treat as town-level.',
      accuracyM: 2500,
      source: 'OSM station node 永丰 (© OpenStreetMap contributors); poi86 town polygon of 西北旺镇 (checked)',
    },
  },
  {
    id: 'zgc-yongfeng-xinyu-phase-1',
    nameEn: 'Zhongguancun Yongfeng Industrial Base · Xinyu (Phase I)',
    locationEn: 'Xibeiwang Town, Haidian District',
    positioningEn: 'Next-generation information technology, AI, smart manufacturing.',
    industries: ['next-gen-it', 'ai', 'smart-manufacturing'],
    coord: [116.2303, 40.0742],
    geocode: {
      precision: 'area',
      basis:
        'The plan gives 西北旺镇 and the name gives the 中关村永丰产业基地 (Yongfeng industrial base), which lies north of 北清路 around 永丰路/丰贤路. The Xinyu plot itself was not found; placed inside the base, midway between the OSM 永丰 station and the 丰贤中路7号 address point, apart from parks 10 and 17.',
      accuracyM: 1500,
      source:
        'OSM station node 永丰 (© OpenStreetMap contributors); BD-09 map marker of 丰贤中路7号 converted to WGS-84 (reference CSV); poi86 town polygon (checked)',
    },
  },
  {
    id: 'cuihu-yuzhi-industrial-park',
    nameEn: 'Cuihu Yuzhi Industrial Park',
    locationEn: 'Environmental Protection Science Park, Wenquan Town, Haidian District',
    positioningEn:
      '"Convergent" industrial form: building on a focus on frontier-technology industries, it advances the convergent development of segments such as autonomous driving and IT application innovation.',
    industries: ['autonomous-systems', 'next-gen-it'],
    coord: [116.167, 40.058],
    geocode: {
      precision: 'area',
      basis:
        'Placed at the reference point for 中关村环保科技示范园 (Zhongguancun Environmental Protection Science Park, around 紫雀路, south of 北清路 between the 温阳路 and 稻香湖路 stations), which two sources put within ~400 m of each other. The Yuzhi park\'s own plot inside the ~2 km² park was not found.',
      accuracyM: 1200,
      source:
        'reference CSV point 中关村环保科技示范园 (WGS-84 as stated by its source); OSM station nodes 温阳路/稻香湖路 (© OpenStreetMap contributors); poi86 town polygon of 温泉镇 (checked)',
    },
  },
  {
    id: 'beijing-collaborative-innovation-park',
    nameEn: "Beijing Collaborative Innovation Park (Sujiatuo Town 'One Town, One Park' collective industrial land)",
    locationEn: 'Sujiatuo Town, Haidian District',
    positioningEn: 'AI, aerospace, smart manufacturing, future energy, new materials, digital economy, etc.',
    industries: ['ai', 'aerospace', 'smart-manufacturing', 'future-energy', 'new-materials', 'digital-economy'],
    coord: [116.11988, 40.075001],
    geocode: {
      precision: 'town',
      basis:
        'The plan gives only 苏家坨镇 (Sujiatuo Town); the project (also called 西山智谷, a 2021 Beijing key project of ~12 ha at the foot of the Western Hills) has no published address. Placed at the interior label point of the Sujiatuo Town polygon (85 km²). Treat as town-level; the error can be several km.',
      accuracyM: 4000,
      source: 'poi86 town polygon label point of 苏家坨镇; dengminghao.com 2022-03-11 (project facts, no coordinates)',
    },
  },
  {
    id: 'zgc-international-medical-valley',
    nameEn: 'Zhongguancun Science City International Medical Valley',
    locationEn: 'Shangzhuang Town, Haidian District',
    positioningEn:
      'Biomedicine pilot production, manufacturing, R&D, processing, packaging, etc. With cell and gene therapy (CGT), recombinant proteins and brain–computer interfaces as the park\'s priority segments, it aims to become Beijing\'s cluster for innovative drugs, high-end medical devices and intelligent medicine.',
    industries: ['biomed'],
    coord: [116.2185, 40.1155],
    geocode: {
      precision: 'area',
      basis:
        'The plan gives only 上庄镇 (Shangzhuang Town). A 2024-12-26 report on the groundbreaking places the 95.3 ha project in block HD00-0205 in the north-east of Shangzhuang Town; the block was not located. Placed at an interior point of the north-eastern part of the Shangzhuang Town polygon, east of 上庄路.',
      accuracyM: 2000,
      source: 'poi86 town polygon of 上庄镇 (used to choose and check); AMap 2020 road 上庄路 (reference only); newisdomcap.com 2024-12-26 (project facts)',
    },
  },
  {
    id: 'sijiqing-life-science-park',
    nameEn: 'Sijiqing Life Science Park',
    locationEn: 'Courtyard No. 188, Jushan Road, Sijiqing Town',
    positioningEn:
      'The park focuses on three leading industries — medical devices, medical health and biomedicine — and has explored and formed a new Sijiqing medicine & health model integrating medical scenarios, specialised parks and combined medical and elderly care.',
    industries: ['biomed'],
    coord: [116.221662, 39.939761],
    geocode: {
      precision: 'area',
      basis:
        'Placed at the midpoint of 巨山路 (Jushan Road, AMap 2020), which runs north–south for ~3.6 km through Sijiqing Town; house number 188 could not be located along it, so the error is up to ~1.8 km north–south. A traffic-camera point "巨山路口" (GCJ-02 assumed) lies 1.5 km to the north.',
      accuracyM: 1800,
      source: 'AMap 2020 road 巨山路 (converted to WGS-84, reference only); poi86 town polygon of 四季青镇 (checked)',
    },
  },
  {
    id: 'zgc-siji-innovation-center',
    nameEn: 'Zhongguancun Science City Siji Sci-Tech Innovation Center',
    locationEn: 'No. 51 Kunminghu South Road, Haidian District',
    positioningEn:
      'Leading industries focus on network information security, unmanned systems, new materials, integrated circuits and core sensors, general aviation and satellite applications, high-end marine equipment, optoelectronic equipment, and big data and AI.',
    industries: [
      'cybersecurity',
      'autonomous-systems',
      'new-materials',
      'ic',
      'aerospace',
      'marine-equipment',
      'optoelectronics',
      'ai',
    ],
    coord: [116.278682, 39.955483],
    geocode: {
      precision: 'address',
      basis:
        'Placed at a building record "A座 北京市海淀区昆明湖南路51号" (中关村军民融合(四季青)产业园), converted GCJ-02 → WGS-84; the source CRS is not stated (GCJ-02 assumed). The point is ~170 m from the OSM 蓝靛厂 Line 12 station; if the source were BD-09 the point would move ~0.9 km SW.',
      accuracyM: 900,
      source:
        'reference CSV point 昆明湖南路51号 (geohash record, GCJ-02 assumed, converted); OSM station node 蓝靛厂 (© OpenStreetMap contributors)',
    },
  },
  {
    id: 'haixing-medical-innovation-park-b',
    nameEn: 'Haixing Medicine & Health Innovation Park, Zone B',
    locationEn: 'No. 9 Fengxian Middle Road, Xibeiwang Town, Haidian District',
    positioningEn:
      'Positioned around a biomedicine pilot-production platform at its core, building an industrial park integrating acceleration and pilot production.',
    industries: ['biomed'],
    coord: [116.228519, 40.077877],
    geocode: {
      precision: 'address',
      basis:
        'No record of 丰贤中路9号 itself was found; placed at the neighbouring address 丰贤中路7号 (北京市计算中心) on the same road, from a BD-09 map marker converted to WGS-84. Expect an error of a few hundred metres.',
      accuracyM: 500,
      source: 'reference CSV point 丰贤中路7号 (BD-09 map marker, converted); poi86 town polygon of 西北旺镇 (checked)',
    },
  },
  {
    id: 'zgc-haidian-quantum-future-industry-park',
    nameEn: 'Zhongguancun (Haidian) Quantum Technology Future Industry Park',
    locationEn: 'No. 26 Xinxi Road, Shangdi, Haidian District',
    positioningEn: 'Future industry — quantum technology.',
    industries: ['quantum'],
    coord: [116.30508, 40.035952],
    geocode: {
      precision: 'address',
      basis:
        'Placed at a company map marker whose address is 上地信息路26号 (中关村创业大厦), converted BD-09 → WGS-84; the point lies ~90 m from the 信息路 line (AMap 2020) and ~1.1 km NW of the OSM 上地 station.',
      accuracyM: 300,
      source:
        'reference CSV point 上地信息路26号 (BD-09 map marker, converted); AMap 2020 road 信息路 (checked); OSM station node 上地 (© OpenStreetMap contributors)',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 3. Plan projects: planText sliced from the plan between markers
// ---------------------------------------------------------------------------------------------
const PROJECTS = [
  {
    id: 'haidian-north-medical-center',
    name: { zh: '海淀区北部医疗中心', en: 'Haidian District Northern Medical Center' },
    category: 'health',
    planText: ['推动北部医疗中心', '尽快投用'],
    planTextEn:
      'Push for the Northern Medical Center and the Sujiatuo Central Hospital to open as soon as possible.',
    status: { zh: '尽快投用', en: 'to open as soon as possible' },
    year: 2025,
    coord: [116.215, 40.055],
    geocode: {
      precision: 'town',
      basis:
        'A 2023 report places the hospital on plot 3 of the 亮甲店 (Liangjiadian) area of Xibeiwang Town; that plot was not located. Placed at an interior point of the western part of the Xibeiwang Town polygon (south of 北清路, near 屯佃), kept apart from the parks placed in the same town. Treat as town-level.',
      accuracyM: 3000,
      source: 'poi86 town polygon of 西北旺镇 (used to choose and check); m.163.com 海淀这些事儿 (2023) on 北部医疗中心 (plot description)',
    },
  },
  {
    id: 'sujiatuo-central-hospital',
    name: { zh: '苏家坨中心医院', en: 'Sujiatuo Central Hospital' },
    category: 'health',
    planText: ['推动北部医疗中心', '尽快投用'],
    planTextEn:
      'Push for the Northern Medical Center and the Sujiatuo Central Hospital to open as soon as possible.',
    status: { zh: '尽快投用', en: 'to open as soon as possible' },
    year: 2025,
    coord: [116.113263, 40.078014],
    geocode: {
      precision: 'town',
      basis:
        'Only the town is known from the name (苏家坨镇, Sujiatuo Town); no address was found. Placed at the centroid of the Sujiatuo Town polygon, apart from park 13. Treat as town-level.',
      accuracyM: 4000,
      source: 'poi86 town polygon centroid of 苏家坨镇',
    },
  },
  {
    id: 'cuihu-national-urban-wetland-park',
    name: { zh: '翠湖国家城市湿地公园', en: 'Cuihu National Urban Wetland Park' },
    category: 'green',
    planText: ['推进翠湖国家城市湿地公园', '试点建设'],
    planTextEn: 'Advance the pilot construction of the Cuihu National Urban Wetland Park.',
    year: 2025,
    coord: [116.18, 40.1012],
    geocode: {
      precision: 'area',
      basis:
        'The park (157 ha, 1.9 km E–W × 1.2 km N–S) lies in Shangzhuang Town on the north side of the 上庄水库 reservoir (Beijing tourism listing). No outline was found; placed about 500 m south-east of the middle of 翠湖北路 (Cuihu North Road, AMap 2020), the road named after it, inside the Shangzhuang Town polygon.',
      accuracyM: 1200,
      source: 'AMap 2020 road 翠湖北路 (reference only); poi86 town polygon of 上庄镇 (checked); jjgjrc.com tourism listing (location description)',
    },
  },
  {
    id: 'shangdi-industrial-base-demo-block',
    name: {
      zh: '上地产业基地片区示范街区',
      en: 'Shangdi Industrial Base demonstration block',
    },
    category: 'green',
    planText: ['打造特色花园式功能区', '示范街区建设'],
    planTextEn:
      'Create distinctive garden-style functional areas and complete the demonstration block of the Shangdi Industrial Base area.',
    status: { zh: '完成建设', en: 'to be completed' },
    year: 2025,
    coord: [116.3015, 40.0405],
    geocode: {
      precision: 'area',
      basis:
        'Placed in the middle of the 上地信息产业基地 (Shangdi information industry base) street grid, between 上地三街, 上地七街, 信息路 and 上地西路 (AMap 2020 lines); the demonstration block\'s own extent was not found.',
      accuracyM: 1000,
      source: 'AMap 2020 roads of the 上地 grid (reference only); poi86 polygon of 上地街道 (checked)',
    },
  },
  {
    id: 'qinghe-station-area',
    name: { zh: '清河站片区', en: 'Qinghe Station area' },
    category: 'renewal',
    planText: ['在清河站片区', '高品质城市场景'],
    planTextEn: 'Explore creating high-quality urban scenes in areas such as the Qinghe Station area.',
    year: 2025,
    coord: [116.3086826, 40.0397784],
    geocode: {
      precision: 'landmark',
      basis: 'Placed at the OSM station node of 清河站 (Qinghe railway/subway station, Line 13 and Changping Line); the "area" around it has no published boundary.',
      accuracyM: 500,
      source: 'OSM station node 清河站 (© OpenStreetMap contributors)',
    },
  },
  {
    id: 'zgc-east-district-renewal-group-b',
    name: {
      zh: '中关村东区改造项目B组团',
      en: 'Zhongguancun East District renewal project, Group B',
    },
    category: 'renewal',
    planText: ['启动中关村东区改造项目B组团', '居民意见征询'],
    planTextEn: 'Launch the residents\' consultation for Group B of the Zhongguancun East District renewal project.',
    status: { zh: '启动居民意见征询', en: 'residents\' consultation to start' },
    year: 2025,
    coord: [116.322161, 39.978043],
    geocode: {
      precision: 'area',
      basis:
        'The 中关村东区 (Zhongguancun East District, the Chinese Academy of Sciences residential/institute area east of 中关村大街) lies in 中关村街道; the plot of Group B was not found. Placed at the interior label point of the 中关村街道 polygon. Treat as area-level.',
      accuracyM: 900,
      source: 'poi86 subdistrict polygon label point of 中关村街道',
    },
  },
  {
    id: 'anningzhuang-houjie-13',
    name: { zh: '安宁庄后街13号院项目', en: 'No. 13 Anningzhuang Back Street project' },
    category: 'renewal',
    planText: ['推动安宁庄后街13号院项目', '结构封顶'],
    planTextEn: 'Push the No. 13 Anningzhuang Back Street courtyard project to structural topping-out.',
    status: { zh: '结构封顶', en: 'structure topped out' },
    year: 2025,
    coord: [116.3117, 40.0449],
    geocode: {
      precision: 'area',
      basis:
        '安宁庄后街 itself is not in the road layer; it belongs to the 安宁庄 neighbourhood along 安宁庄路 (AMap 2020) in 清河街道. Placed on 安宁庄路 near its junction with 安宁庄西路. Expect several hundred metres of error.',
      accuracyM: 800,
      source: 'AMap 2020 roads 安宁庄路/安宁庄西路 (reference only); poi86 polygon of 清河街道 (checked)',
    },
  },
  {
    id: 'capital-university-of-physical-education-project',
    name: { zh: '首都体育学院项目', en: 'Capital University of Physical Education and Sports project' },
    category: 'renewal',
    planText: ['首都体育学院项目', '竣工'],
    planTextEn: 'Complete the Capital University of Physical Education and Sports project.',
    status: { zh: '竣工', en: 'completed' },
    year: 2025,
    coord: [116.3425, 39.9665],
    geocode: {
      precision: 'area',
      basis:
        'Listed among the dilapidated-building rebuilds; assumed to be at or near the university\'s Haidian campus on 北三环西路 (North 3rd Ring Road West) by 蓟门桥, which was not geocoded (campus location from general knowledge, not checked against a geocoder). Placed beside the 3rd Ring Road about 550 m west of the OSM 蓟门桥 station node. The project building may be elsewhere in the university\'s housing; treat as area-level.',
      accuracyM: 1000,
      source: 'OSM station node 蓟门桥 (© OpenStreetMap contributors); poi86 subdistrict polygons (checked)',
    },
  },
  {
    id: 'tsinghua-medical-campus',
    name: { zh: '清华大学医学园区', en: 'Tsinghua University Medical Campus' },
    category: 'industry',
    planText: ['支持清华大学医学园区', '建设'],
    planTextEn: 'Support the construction of the Tsinghua University Medical Campus.',
    year: 2025,
    coord: [116.1605, 40.0345],
    geocode: {
      precision: 'town',
      basis:
        'Press (2025-03) places the ~500 mu campus on the 白家疃 (Baijiatuan) plot of Wenquan Town; that plot was not located. Placed at an interior point of the western part of the Wenquan Town polygon, apart from the parks in the same town. Treat as town-level.',
      accuracyM: 3000,
      source: 'poi86 town polygon of 温泉镇 (used to choose and check); digipub.cc repost of 北青报/新京报 2025-03 (site name)',
    },
  },
  {
    id: 'metro-line-13-capacity-upgrade',
    name: { zh: '地铁13号线扩能提升工程', en: 'Metro Line 13 capacity expansion project' },
    category: 'transit',
    planText: ['推进地铁13号线扩能提升工程', '扩能提升工程'],
    planTextEn: 'Advance the Metro Line 13 capacity expansion and upgrade project.',
    year: 2025,
    coord: [116.3001813, 40.0517165],
    geocode: {
      precision: 'landmark',
      basis:
        'A line project, shown at one representative point: the OSM 西二旗 (Xi\'erqi) Line 13 station node, the northern end of the 大钟寺–西二旗 section to be upgraded to 8-car trains. The point does not represent the whole alignment.',
      accuracyM: 500,
      source: 'OSM station node 西二旗 (© OpenStreetMap contributors)',
    },
  },
  {
    id: 'metro-line-19-north-extension',
    name: { zh: '地铁19号线北延', en: 'Metro Line 19 northern extension' },
    category: 'transit',
    planText: ['地铁19号线北延', '北延建设'],
    planTextEn: 'Advance construction of the Metro Line 19 northern extension.',
    year: 2025,
    coord: [116.3367846, 40.0338705],
    geocode: {
      precision: 'landmark',
      basis:
        'A line project with no published alignment or station coordinates, shown at one representative point: the existing OSM 清河小营桥 (Changping Line) station node, proxy for the planned interchange station of the same name on the extension (station names from the 2025 EIA as reported in the press). The plan gives no opening year.',
      accuracyM: 500,
      source: 'OSM station node 清河小营桥 (© OpenStreetMap contributors); 京发改(审)〔2025〕109号 approval as summarised in the reference notes',
    },
  },
];

function sliceBetween(text, startMarker, endMarker) {
  const i = text.indexOf(startMarker);
  if (i < 0) throw new Error('marker not found: ' + startMarker);
  const j = text.indexOf(endMarker, i);
  if (j < 0) throw new Error('end marker not found: ' + endMarker);
  const end = Math.max(j + endMarker.length, i + startMarker.length);
  return text.slice(i, end);
}

// ---------------------------------------------------------------------------------------------
// 4. Reference geometry for checks
// ---------------------------------------------------------------------------------------------
const boundary = readRef('haidian_boundary_wgs84.geojson');
const towns = readRef('haidian_subdistricts_wgs84.geojson');
const stations = readRef('beijing_subway_stations_wgs84.geojson');
const anchorsCsv = fs.readFileSync(path.join(refDir, 'haidian_reference_places_wgs84.csv'), 'utf8');
const extra = readRef('haidian_reference_places_extra_wgs84.geojson');
const sites = readRef('haidian_park_sites_wgs84.geojson');

const officialTown = (n) => (n === '万柳镇' ? '海淀镇' : n);
function townOf(coord) {
  const pt = turf.point(coord);
  for (const f of towns.features) if (turf.booleanPointInPolygon(pt, f)) return officialTown(f.properties.name);
  return null;
}
function inHaidian(coord) {
  const pt = turf.point(coord);
  return boundary.features.some((f) => turf.booleanPointInPolygon(pt, f));
}
const dist = (a, b) => Math.round(turf.distance(turf.point(a), turf.point(b), { units: 'meters' }));

const anchors = [];
for (const line of anchorsCsv.split('\n').slice(1)) {
  const m = line.match(/^([^,]+),([\d.]+),([\d.]+),/);
  if (m) anchors.push({ name: 'CSV ' + m[1], coord: [Number(m[2]), Number(m[3])] });
}
for (const f of extra.features) if (f.geometry) anchors.push({ name: 'extra ' + f.properties.name, coord: f.geometry.coordinates });
for (const f of sites.features) if (f.geometry) anchors.push({ name: 'site ' + f.properties.name, coord: f.geometry.coordinates });
const openStations = stations.features.map((f) => ({ name: `${f.properties.line_name} ${f.properties.name}`, coord: f.geometry.coordinates }));
function nearest(list, coord) {
  let best = null;
  for (const a of list) {
    const d = dist(a.coord, coord);
    if (!best || d < best.d) best = { ...a, d };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// 5. Build features
// ---------------------------------------------------------------------------------------------
const extracted = extractParks(plan);
if (extracted.length !== PARK_META.length) throw new Error(`expected ${PARK_META.length} parks, got ${extracted.length}`);

const TOWN_RE = /(温泉镇|东升镇|四季青镇|西北旺镇|苏家坨镇|上庄镇|海淀镇)/;
const problems = [];

// The geocode blocks (bilingual basis { zh, en }, accuracyM, optional region) are now kept by hand in data/*.geojson;
// the English-only blocks in PARK_META / PROJECTS above are the originals, used here only for the checks. A re-run
// carries each feature's geocode over from the data file by id, and refuses to write a feature that has none there.
function existingGeocodes(file) {
  const p = path.join(repoRoot, 'data', file);
  if (!fs.existsSync(p)) return new Map();
  return new Map(JSON.parse(fs.readFileSync(p, 'utf8')).features.map((f) => [f.properties.id, f.properties.geocode]));
}
const GEOCODES = { park: existingGeocodes('parks.geojson'), project: existingGeocodes('plan-projects.geojson') };
function geocodeFor(kind, id, original) {
  const g = GEOCODES[kind].get(id);
  if (!g || typeof g.basis !== 'object') problems.push(`${kind} ${id}: no bilingual geocode in data/ (write basis.zh/en there by hand)`);
  return g ?? original;
}
const parkFeatures = extracted.map((p, i) => {
  const meta = PARK_META[i];
  const coord = meta.coord.map(r6);
  const areas = parseScale(p.scale);
  const planTown = p.location.match(TOWN_RE)?.[1];
  const pipTown = townOf(coord);
  let town;
  if (planTown) town = { zh: planTown, en: TOWN_EN[planTown], basis: 'plan' };
  else if (meta.town) town = { zh: meta.town.zh, en: TOWN_EN[meta.town.zh], basis: meta.town.basis };
  else town = { zh: pipTown, en: TOWN_EN[pipTown], basis: 'location' };
  if (!town.en) problems.push(`park ${i + 1}: no English town name for ${town.zh}`);
  if (!inHaidian(coord)) problems.push(`park ${i + 1} outside Haidian`);
  if (town.zh !== pipTown && !/not the 东升镇 polygon/.test(meta.geocode.basis))
    problems.push(`park ${i + 1}: town ${town.zh} but point in ${pipTown} and basis does not explain`);
  const scaleEn =
    areas.aboveGroundAreaM2 != null
      ? `Total floor area ${areas.floorAreaM2.toLocaleString('en-US')} m², of which ${areas.aboveGroundAreaM2.toLocaleString('en-US')} m² above ground.`
      : `Floor area ${areas.floorAreaM2.toLocaleString('en-US')} m²; more than ${areas.expansionAreaM2.toLocaleString('en-US')} m² of expansion space can be provided in future.`;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coord },
    properties: {
      id: meta.id,
      seq: i + 1,
      name: { zh: p.name, en: meta.nameEn },
      location: { zh: p.location, en: meta.locationEn },
      scale: { zh: p.scale, en: scaleEn },
      town,
      ...areas,
      positioning: { zh: p.positioning, en: meta.positioningEn },
      industries: meta.industries,
      geocode: geocodeFor('park', meta.id, meta.geocode),
    },
  };
});

const projectFeatures = PROJECTS.map((p) => {
  const coord = p.coord.map(r6);
  const zh = sliceBetween(plan, p.planText[0], p.planText[1]);
  if (!plan.includes(zh)) problems.push(`project ${p.id}: planText not a substring`);
  if (!inHaidian(coord)) problems.push(`project ${p.id} outside Haidian`);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coord },
    properties: {
      id: p.id,
      name: p.name,
      category: p.category,
      planText: { zh, en: p.planTextEn },
      ...(p.status ? { status: p.status } : {}),
      ...(p.year ? { year: p.year } : {}),
      geocode: geocodeFor('project', p.id, p.geocode),
    },
  };
});

// ---------------------------------------------------------------------------------------------
// 6. Checks and report
// ---------------------------------------------------------------------------------------------
const ids = new Set(INDUSTRIES.map((x) => x.id));
for (const f of parkFeatures) for (const id of f.properties.industries) if (!ids.has(id)) problems.push(`unknown industry ${id}`);
const sum = parkFeatures.reduce((s, f) => s + f.properties.floorAreaM2, 0);
if (sum !== 3716200) problems.push(`floor area sum ${sum} != 3716200`);
const all = [...parkFeatures, ...projectFeatures];
for (let a = 0; a < all.length; a++)
  for (let b = a + 1; b < all.length; b++) {
    const d = dist(all[a].geometry.coordinates, all[b].geometry.coordinates);
    if (d < 150) problems.push(`points too close (${d} m): ${all[a].properties.id} / ${all[b].properties.id}`);
  }

console.log('# parks');
for (const f of parkFeatures) {
  const c = f.geometry.coordinates;
  const st = nearest(openStations, c);
  const an = nearest(anchors, c);
  const p = f.properties;
  console.log(
    `${String(p.seq).padStart(2)} ${p.id} [${c}] town=${p.town.zh}/${p.town.basis} pip=${townOf(c)} ${p.geocode.precision} ±${p.geocode.accuracyM}m | station ${st.name} ${st.d}m | anchor ${an.name} ${an.d}m`,
  );
}
console.log('# projects');
for (const f of projectFeatures) {
  const c = f.geometry.coordinates;
  const st = nearest(openStations, c);
  const an = nearest(anchors, c);
  const p = f.properties;
  console.log(`${p.id} [${c}] pip=${townOf(c)} ${p.geocode.precision} ±${p.geocode.accuracyM}m | station ${st.name} ${st.d}m | anchor ${an.name} ${an.d}m | "${p.planText.zh}"`);
}
console.log('floor area sum', sum);
if (problems.length) {
  console.log('# PROBLEMS');
  for (const x of problems) console.log(' - ' + x);
}

if (WRITE) {
  if (problems.length) {
    console.error('refusing to write with problems');
    process.exit(1);
  }
  const out = (f, obj) => fs.writeFileSync(path.join(repoRoot, 'data', f), JSON.stringify(obj, null, 2) + '\n');
  fs.mkdirSync(path.join(repoRoot, 'data'), { recursive: true });
  out('industries.json', INDUSTRIES);
  out('parks.geojson', { type: 'FeatureCollection', features: parkFeatures });
  out('plan-projects.geojson', { type: 'FeatureCollection', features: projectFeatures });
  console.log('written data/industries.json, data/parks.geojson, data/plan-projects.geojson');
}
