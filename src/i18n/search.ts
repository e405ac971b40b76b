/** Strings of the place search and "use my location", used as t('search.key'). */
export const search = {
  zh: {
    places: '地点',
    noPlaces: '没有匹配的地点',
    hint: '选择地点后显示附近的园区、规划项目和车站',
    kind: {
      station: '地铁站',
      park: '产业园区',
      project: '规划项目',
      town: '镇街',
      landmark: '地标',
      road: '道路',
    },
    near: '{{place}}附近',
    listFiltered: '园区列表按文字“{{q}}”筛选',
    listNotFiltered: '没有园区含“{{q}}”，园区列表未按文字筛选',
    soundsLike: '读音相近',
    locate: '使用我的位置',
    locating: '正在定位…',
    myLocation: '我的位置',
    geo: {
      denied: '无法使用您的位置：定位权限被拒绝。可在浏览器设置中允许定位，或直接搜索地点。',
      unavailable: '暂时无法获取您的位置（设备不支持、无信号或超时）。请直接搜索地点。',
      outside: '您当前的位置不在海淀区内，附近没有本规划的内容。请搜索海淀区内的地点。',
    },
  },
  en: {
    places: 'Places',
    noPlaces: 'No matching places',
    hint: 'Choose a place to see the parks, plan projects and stations near it',
    kind: {
      station: 'Metro station',
      park: 'Industrial park',
      project: 'Plan project',
      town: 'Town / subdistrict',
      landmark: 'Landmark',
      road: 'Road',
    },
    near: 'Near {{place}}',
    listFiltered: 'Park list filtered by the text “{{q}}”',
    listNotFiltered: 'No park mentions “{{q}}”: the list is not filtered by it',
    soundsLike: 'Sounds like',
    locate: 'Use my location',
    locating: 'Locating…',
    myLocation: 'My location',
    geo: {
      denied:
        'Your location cannot be used: permission was denied. Allow location in your browser settings, or search for a place.',
      unavailable:
        'Your location is not available right now (not supported, no signal or timed out). Search for a place instead.',
      outside:
        'You appear to be outside Haidian, so nothing in this plan is near you. Search for a place in Haidian instead.',
    },
  },
};
