/**
 * jsdom setup: MapLibre cannot run here, so react-map-gl is replaced by a small fake that renders its children
 * and records the props it was given; the real map is tested in Chromium (tests/e2e).
 */
import { vi, afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import '@testing-library/dom';
import { createElement, type ReactNode } from 'react';

afterEach(() => cleanup());

vi.mock('react-map-gl/maplibre', () => {
  const passthrough = ({ children }: { children?: ReactNode }) =>
    createElement('div', { 'data-testid': 'fake-map-child' }, children);
  const box = { left: 0, top: 0, right: 1024, bottom: 768, width: 1024, height: 768 };
  const fakeMap = {
    flyTo: vi.fn(),
    easeTo: vi.fn(),
    jumpTo: vi.fn(),
    fitBounds: vi.fn(),
    getZoom: () => 11,
    getCanvas: () => ({ toDataURL: () => 'data:image/png;base64,' }),
    getContainer: () => ({ clientWidth: 1024, clientHeight: 768, getBoundingClientRect: () => box }),
  };
  return {
    Map: ({ children }: { children?: ReactNode }) => createElement('div', { 'data-testid': 'fake-map' }, children),
    Source: passthrough,
    Layer: () => null,
    Marker: passthrough,
    NavigationControl: () => null,
    ScaleControl: () => null,
    AttributionControl: () => null,
    GeolocateControl: () => null,
    useMap: () => ({ current: fakeMap }),
    MapProvider: ({ children }: { children?: ReactNode }) => children,
  };
});

// src/map/maplibre-lib.ts imports these by name (and starts the worker with prewarm).
vi.mock('maplibre-gl', () => ({
  setWorkerUrl: vi.fn(),
  prewarm: vi.fn(),
  Map: class {},
  Marker: class {},
  NavigationControl: class {},
  ScaleControl: class {},
  AttributionControl: class {},
}));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '/worker.js' }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));

// jsdom has no WebGL; the app would fall back to the list. Tests that want the map shell stub this.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
class RO {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= RO;

// jsdom lays nothing out: give elements a size, for the components that measure them.
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 100 });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1024 });
Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 800 });
Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
Element.prototype.getBoundingClientRect = function () {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 100,
    right: 1024,
    width: 1024,
    height: 100,
    toJSON: () => ({}),
  } as DOMRect;
};
