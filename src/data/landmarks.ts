/**
 * Curated additions to the search's gazetteer (src/data/gazetteer-data.ts): landmarks people give as an address that
 * geo/ and data/ hold no feature of their own for, and other names of places they do hold.
 *
 * No coordinate is written here. A landmark takes the point of one feature already in the gazetteer (`at`, a place
 * key) and says so (`pointNote`, shown beside it in the search), because that point stands for the landmark only
 * roughly. The comment "Basis" above each `at` gives the evidence that the feature lies at or by the landmark (a
 * comment, so the provenance costs the bundle nothing). Pinyin is pinyin-pro's (checked by
 * tests/unit/lib/search-landmarks.test.ts). A landmark is added only when such a feature exists: the area's major
 * hospitals (北医三院, 海淀医院…), for example, are in neither geo/ nor data/, so they are not offered.
 */
import type { CuratedLandmark } from '../lib/places.ts';


export const CURATED_LANDMARKS: readonly CuratedLandmark[] = [
  {
    id: 'zgc-software-park',
    name: { zh: '中关村软件园', en: 'Zhongguancun Software Park' },
    pinyin: 'zhongguancunruanjianyuan',
    aliases: ['软件园'],
    // Basis: geo/ has no outline of the software park. The Line 18 station 上地软件园 ("Shangdi software park", OSM node,
    // geo/transit-stations.geojson) bears its name; that the station serves the park is general knowledge, not
    // geocoded, and the park extends well beyond the station.
    at: 'station:shangdiruanjianyuan',
    pointNote: { zh: '大致位置：取自上地软件园站', en: 'Approximate: shown at Shangdiruanjianyuan station' },
  },
  {
    id: 'renmin-university',
    name: { zh: '中国人民大学', en: 'Renmin University of China' },
    pinyin: 'zhongguorenmindaxue',
    aliases: ['人大', 'RUC'],
    // Basis: geo/ has no campus outline. The station 人民大学 (Lines 4 and 12, OSM nodes, geo/transit-stations.geojson)
    // is named after the university, by its campus (general knowledge, not geocoded).
    at: 'station:renmindaxue',
    pointNote: { zh: '大致位置：取自人民大学站', en: 'Approximate: shown at Renmin University station' },
  },
  {
    id: 'zgc-chuangye-building',
    name: { zh: '中关村创业大厦', en: 'Zhongguancun Chuangye Building' },
    pinyin: 'zhongguancunchuangyedasha',
    // Basis: data/parks.geojson places the quantum park at a map marker whose address is 上地信息路26号 (中关村创业大厦),
    // converted BD-09 → WGS-84, accuracy ±300 m.
    at: 'park:zgc-haidian-quantum-future-industry-park',
    pointNote: {
      zh: '取自上地信息路26号的地址点（量子科技未来产业园同址）',
      en: 'Shown at the address point of No. 26 Xinxi Road, Shangdi (where the quantum park is placed)',
    },
  },
  {
    id: 'beijing-computing-center',
    name: { zh: '北京市计算中心', en: 'Beijing Computing Center' },
    pinyin: 'beijingshijisuanzhongxin',
    // Basis: data/parks.geojson places Haixing park Zone B at the neighbouring address 丰贤中路7号 (北京市计算中心), from a BD-09
    // map marker converted to WGS-84, accuracy ±500 m.
    at: 'park:haixing-medical-innovation-park-b',
    pointNote: {
      zh: '取自丰贤中路7号的地址点（海星医药健康创新园B区同点）',
      en: 'Shown at the address point of No. 7 Fengxian Middle Road (where Haixing park Zone B is placed)',
    },
  },
  {
    id: 'zgc-environmental-park',
    name: { zh: '中关村环保科技示范园', en: 'Zhongguancun Environmental Protection Science Park' },
    pinyin: 'zhongguancunhuanbaokejishifanyuan',
    aliases: ['环保科技园', '环保园'],
    // Basis: data/parks.geojson places 翠湖驭智产业园 (location 海淀区温泉镇环保科技园) at the reference point for 中关村环保科技示范园, which
    // two sources put within ~400 m of each other; the park covers about 2 km².
    at: 'park:cuihu-yuzhi-industrial-park',
    pointNote: {
      zh: '大致位置：取自翠湖驭智产业园的点位（即该园的参考点）',
      en: 'Approximate: shown at the point of Cuihu Yuzhi Industrial Park (the reference point of this park)',
    },
  },
];

/**
 * Other names of places already in the gazetteer, by place key: common short names (北大, 人大 above), English
 * abbreviations, and a former name (国家植物园 was 北京植物园 until 2022).
 */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'landmark:pku': ['北大', 'PKU', 'Beida'],
  'landmark:tsinghua': ['清华', 'THU'],
  'landmark:aolinpike-senlin-gongyuan': ['奥森'],
  'landmark:guojia-zhiwuyuan': ['北京植物园', 'Beijing Botanical Garden'],
  'landmark:yuanmingyuan': ['Yuanmingyuan'],
};
