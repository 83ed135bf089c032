import { wgs84ToGcj02 } from '../../core/map/wgs84ToGcj02';
import type { TileConfig } from '../../schemas/tiles';

export type Shift = (p: [number, number]) => [number, number];

/**
 * The shift our WGS 84 data needs to sit on the configured tiles: none for WGS 84 (or no tiles), WGS 84 → GCJ-02 for
 * Amap-style providers, its converter loaded only then.
 */
export async function datumShift(tiles: TileConfig | null): Promise<Shift | undefined> {
  return tiles?.datum === 'gcj02' ? wgs84ToGcj02((await import('gcoord')).default) : undefined;
}
