/** Strings of the radius query and its summary ("what is near here"), used as t('nearby.key'). */
export const nearby = {
  zh: {
    /** The project card's action that opens the summary around the project. */
    title: '附近有什么',
    hint: '点击地图任意位置，列出周边的园区、车站和规划项目。',
  },
  en: {
    title: "What's near here",
    hint: 'Click anywhere on the map to list the parks, stations and plan projects around it.',
  },
};
