/**
 * Strings of the placement-region marks on the map (issue 11, item 5), used as t('regions.key'): the layer switch and
 * the legend entries for how precisely each park is placed. The rule behind `precise` and `rough` is map/placement.ts.
 */
export const regions = {
  zh: {
    layer: '定位范围',
    heading: '园区位置有多准',
    precise: '实心圆：按地址或地标定位，误差 {{distance}}以内',
    rough: '圆环：只知道大致片区或镇街，或误差 {{distance}}以上',
    region: '虚线区域：园区就在这一范围内的某处',
    possible: '虚线外圈：可能在所选距离内，也可能不在',
  },
  en: {
    layer: 'Placement regions',
    heading: 'How precisely each park is placed',
    precise: 'Filled disc: placed from an address or landmark, to within {{distance}}',
    rough: 'Ring: only the area or town is known, or the error is {{distance}} or more',
    region: 'Dashed area: the park is somewhere inside it',
    possible: 'Dashed outer ring: may or may not be within the chosen distance',
  },
};
