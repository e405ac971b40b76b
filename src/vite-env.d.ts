/// <reference types="vite/client" />

declare module '*.geojson' {
  const data: unknown;
  export default data;
}
declare module '*?map-url' {
  const url: string;
  export default url;
}
declare module 'virtual:pinyin' {
  /** Toneless pinyin (no spaces) of every short Chinese name in the data, by the Chinese text. */
  const table: Record<string, string>;
  export default table;
}
declare module 'virtual:pinyin-chars' {
  /** Characters by toneless reading (ü written v): `{ qi: '七其奇旗…' }`, for homophone search; loaded lazily. */
  const table: Record<string, string>;
  export default table;
}
declare module 'virtual:gazetteer' {
  /** The search's places, built from the data at build time (scripts/vite-plugin-data.ts); loaded lazily. */
  const places: import('./lib/places.ts').Place[];
  export default places;
}
