import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { anchorOf } from './anchorOf';
import { directionsLinks } from './directionsLinks';
import { mapUrl, parseMapUrl } from './mapUrlState';
import { tileConfigFromEnv } from './tileConfigFromEnv';
import { toLatLng } from './toLatLng';
import { wgs84ToGcj02 } from './wgs84ToGcj02';

describe('toLatLng', () => {
  it('swaps GeoJSON [lng, lat] into Leaflet [lat, lng]', () => {
    expect(toLatLng([120, 31.79])).toEqual([31.79, 120]);
  });
  it('applies a datum shift before swapping', () => {
    expect(toLatLng([120, 31.79], ([lng, lat]) => [lng + 1, lat - 1])).toEqual([30.79, 121]);
  });
});

describe('wgs84ToGcj02 (gcoord)', () => {
  // Known pairs published with other GCJ-02 implementations' tests (an R package's and a Rust CLI's), not computed here.
  it.each([
    [[116.39089, 39.90734], [116.39713094, 39.90874107]], // Beijing
    [[121.0917077, 30.6107779], [121.09626935575027, 30.608604331756705]], // Jiaxing, near Changzhou
  ])('%j → %j', (wgs, gcj) => {
    const [lng, lat] = wgs84ToGcj02(gcoord)(wgs as [number, number]);
    // 1e-6° ≈ 0.1 m
    expect(lng).toBeCloseTo(gcj[0]!, 6);
    expect(lat).toBeCloseTo(gcj[1]!, 6);
  });
  it('leaves places outside China alone', () => {
    expect(wgs84ToGcj02(gcoord)([2.3522, 48.8566])).toEqual([2.3522, 48.8566]);
  });
});

describe('anchorOf', () => {
  it('puts a polygon symbol at its centroid and a line symbol at its middle vertex', () => {
    expect(anchorOf({ type: 'Polygon', coordinates: [[[120, 31.79], [120.002, 31.79], [120.002, 31.792], [120, 31.792], [120, 31.79]]] })).toEqual([120.001, 31.791]);
    expect(anchorOf({ type: 'LineString', coordinates: [[120, 31.79], [121, 31.79], [122, 31.79]] })).toEqual([121, 31.79]);
  });
});

describe('map links', () => {
  it('keep the focus and the hidden layers, and read them back', () => {
    const search = mapUrl({ focus: 'checkin-05', hidden: ['walkway', 'not-yet'] });
    expect(search).toBe('?focus=checkin-05&hide=not-yet,walkway');
    expect(parseMapUrl(search)).toEqual({ focus: 'checkin-05', hidden: ['not-yet', 'walkway'] });
    expect(parseMapUrl('?hide=castles,checkin')).toEqual({ focus: undefined, hidden: ['checkin'] });
    expect(mapUrl({ hidden: [] }, '?utm=poster')).toBe('?utm=poster');
  });
  it('hand a place to the phone map apps with WGS 84 declared', () => {
    const links = directionsLinks([120.000123, 31.79], 'Pet Tribe');
    expect(links.map((l) => l.app)).toEqual(['geo', 'amap', 'baidu']);
    expect(links[0]!.href).toBe('geo:31.79,120.000123?q=31.79,120.000123(Pet%20Tribe)');
    expect(links[1]!.href).toContain('position=120.000123,31.79');
    expect(links[1]!.href).toContain('coordinate=wgs84');
    expect(links[2]!.href).toContain('coord_type=wgs84');
  });
});

describe('tileConfigFromEnv', () => {
  it('draws no tiles unless asked', () => {
    expect(tileConfigFromEnv({})).toBeNull();
    expect(tileConfigFromEnv({ MAP_TILES: 'none' })).toBeNull();
  });
  it('knows OpenStreetMap, Tianditu (with a key) and Amap (GCJ-02), each with attribution', () => {
    expect(tileConfigFromEnv({ MAP_TILES: 'osm' })).toMatchObject({ datum: 'wgs84', attribution: expect.stringContaining('OpenStreetMap') });
    expect(tileConfigFromEnv({ MAP_TILES: 'tianditu', MAP_TILE_KEY: 'k1' })).toMatchObject({ datum: 'wgs84', url: expect.stringContaining('tk=k1'), overlayUrl: expect.stringContaining('LAYER=cva') });
    expect(tileConfigFromEnv({ MAP_TILES: 'amap' })).toMatchObject({ datum: 'gcj02', attribution: expect.stringContaining('高德') });
  });
  it('names the missing setting', () => {
    expect(() => tileConfigFromEnv({ MAP_TILES: 'tianditu' })).toThrow('MAP_TILES=tianditu needs MAP_TILE_KEY');
    expect(() => tileConfigFromEnv({ MAP_TILES: 'custom', MAP_TILE_URL: 'http://127.0.0.1:1/{z}/{x}/{y}.png' })).toThrow('needs MAP_TILE_ATTRIBUTION');
    expect(() => tileConfigFromEnv({ MAP_TILES: 'google' })).toThrow('MAP_TILES must be');
  });
});
