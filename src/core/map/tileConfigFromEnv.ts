import { tileConfigSchema, type TileConfig } from '../../schemas/tiles';

type Env = Record<string, string | undefined>;

/**
 * Basemap tiles from build-time settings; `null` (no tiles, the embedded base map alone) unless `MAP_TILES` is set:
 * - `MAP_TILES=osm`: OpenStreetMap-style raster (`MAP_TILE_URL` may point at another server of that kind);
 * - `MAP_TILES=tianditu` with `MAP_TILE_KEY`: 天地图 vector tiles and labels (CGCS2000 ≈ WGS 84: no shift);
 * - `MAP_TILES=amap`: 高德 tiles, drawn in GCJ-02, so our WGS 84 data is shifted to GCJ-02 when drawn;
 * - `MAP_TILES=custom` with `MAP_TILE_URL`, `MAP_TILE_ATTRIBUTION` and optionally `MAP_TILE_DATUM=gcj02`.
 * Throws, naming the setting, when one is missing.
 */
export function tileConfigFromEnv(env: Env): TileConfig | null {
  const provider = env.MAP_TILES?.trim().toLowerCase();
  if (!provider || provider === 'none') return null;
  const need = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`MAP_TILES=${provider} needs ${name}`);
    return value;
  };
  const attributionOr = (fallback: string) => env.MAP_TILE_ATTRIBUTION?.trim() || fallback;
  switch (provider) {
    case 'osm':
      return tileConfigSchema.parse({
        provider, datum: 'wgs84', maxNativeZoom: 19,
        url: env.MAP_TILE_URL?.trim() || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: attributionOr('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
      });
    case 'tianditu': {
      const key = encodeURIComponent(need('MAP_TILE_KEY'));
      const wmts = (layer: string) => `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`;
      return tileConfigSchema.parse({
        provider, datum: 'wgs84', url: wmts('vec'), overlayUrl: wmts('cva'), subdomains: ['0', '1', '2', '3', '4', '5', '6', '7'],
        attribution: attributionOr('© <a href="https://www.tianditu.gov.cn/">天地图 Tianditu</a>'),
      });
    }
    case 'amap':
      return tileConfigSchema.parse({
        provider, datum: 'gcj02', subdomains: ['1', '2', '3', '4'],
        url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
        attribution: attributionOr('© <a href="https://www.amap.com/">高德地图 AutoNavi</a>'),
      });
    case 'custom': {
      const datum = env.MAP_TILE_DATUM?.trim().toLowerCase() || 'wgs84';
      if (datum !== 'wgs84' && datum !== 'gcj02') throw new Error(`MAP_TILE_DATUM must be wgs84 or gcj02, not "${datum}"`);
      return tileConfigSchema.parse({ provider, datum, url: need('MAP_TILE_URL'), attribution: need('MAP_TILE_ATTRIBUTION') });
    }
    default:
      throw new Error(`MAP_TILES must be osm, tianditu, amap, custom or none, not "${provider}"`);
  }
}
