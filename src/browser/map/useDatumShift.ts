import { useEffect, useState } from 'react';
import { wgs84ToGcj02 } from '../../core/map/wgs84ToGcj02';
import type { TileConfig } from '../../schemas/tiles';

export type Shift = (p: [number, number]) => [number, number];

/**
 * The shift our WGS 84 data needs to sit on the configured tiles: none for WGS 84 (or no tiles),
 * WGS 84 → GCJ-02 for Amap-style providers. The converter is loaded only then; `ready` is false until it is.
 */
export function useDatumShift(tiles: TileConfig | null): { shift?: Shift; ready: boolean } {
  const needed = tiles?.datum === 'gcj02';
  const [shift, setShift] = useState<Shift>();
  useEffect(function loadConverter() {
    if (needed) void import('gcoord').then((m) => setShift(() => wgs84ToGcj02(m.default)));
  }, [needed]);
  return { shift, ready: !needed || shift !== undefined };
}
