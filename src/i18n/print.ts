/** Strings of the printable sheets, used as t('print.key'). */
export const print = {
  zh: {
    title: '打印',
    park: '打印本园区（A4 一页）',
    shortlist: '打印清单（A4）',
    sheet: {
      shortlistTitle: '园区清单',
      park: '园区',
      mapAlt: '打印时的地图视图',
      mapCaption: '地图：显示所列全部园区',
      mapCaptionPark: '地图：以本园区为中心',
      locatorCaption: '在海淀区的位置（示意）',
      locatorNumbered: '编号与下表一致（位置示意）',
      transitNote:
        '距离为直线距离；步行时间按直线距离 × {{detour}}、每小时 {{speed}} 公里估算。点位不精确的园区，距离为其可能位置范围内的最近与最远值，范围宽于 {{walkMax}} 时不估计步行时间。规划后含在建和规划站点。',
      stationCell: '{{station}} {{distance}}',
      stationWide: '最近车站 {{distance}}（定位点附近为{{station}}）',
      source: '来源：{{source}}',
      date: '打印日期：{{date}}',
      link: '在线查看：{{url}}',
    },
  },
  en: {
    title: 'Print',
    park: 'Print this park (one A4 page)',
    shortlist: 'Print shortlist (A4)',
    sheet: {
      shortlistTitle: 'Park shortlist',
      park: 'Park',
      mapAlt: 'The map view when printed',
      mapCaption: 'Map: every park listed here',
      mapCaptionPark: 'Map: centred on this park',
      locatorCaption: 'Location in Haidian district (indicative)',
      locatorNumbered: 'Numbers match the table (indicative positions)',
      transitNote:
        'Distances are straight-line; walking times assume {{detour}} × the straight-line distance at {{speed}} km/h. For a park placed only approximately, a distance is the range over where the park may lie, with no walking time when that range is wider than {{walkMax}}. "After plan" includes stations under construction and planned.',
      stationCell: '{{station}} {{distance}}',
      stationWide: 'Nearest station {{distance}} ({{station}} near the placed point)',
      source: 'Source: {{source}}',
      date: 'Printed: {{date}}',
      link: 'Online: {{url}}',
    },
  },
};
