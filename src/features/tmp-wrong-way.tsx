import maplibregl from 'maplibre-gl';

export const wrong = maplibregl;
