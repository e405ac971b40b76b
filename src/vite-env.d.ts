/// <reference types="vite/client" />

declare module '*.geojson' {
  const data: unknown;
  export default data;
}
declare module '*?map-url' {
  const url: string;
  export default url;
}
declare module '*?data-url' {
  /** The URL of a validated dataset emitted as it is (scripts/vite-plugin-data.ts), fetched on first use. */
  const url: string;
  export default url;
}
declare module 'virtual:app-data' {
  /** The validated datasets the app needs from the start (scripts/vite-plugin-data.ts appDataTable). */
  const data: {
    parks: unknown;
    projects: unknown;
    industries: unknown;
    boundary: unknown;
    towns: unknown;
    lines: unknown;
    stations: unknown;
    /** Toneless pinyin (no spaces) of every short Chinese name of the parks, by the Chinese text. */
    pinyin: Record<string, string>;
  };
  export default data;
}
declare module 'virtual:landmark-labels' {
  /** The URL of one label point per landmark of geo/green.geojson (scripts/vite-plugin-data.ts landmarkLabels). */
  const url: string;
  export default url;
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
