import { useEffect, useState } from 'react';
import type { TileConfig } from '../../schemas/tiles';
import type { Shift } from '../map/datumShift';

/**
 * The shifts between our WGS 84 data and the map's drawing when tiles in GCJ-02 are shown under it: `toMap` to draw,
 * `fromMap` to turn a dragged position back into WGS 84 before it is saved. Both `undefined` without such tiles
 * (no shift); `gcoord` is loaded only when needed.
 */
export function useEditorDatum(tiles: TileConfig | null, shown: boolean): { toMap?: Shift; fromMap?: Shift; ready: boolean } {
  const needed = shown && tiles?.datum === 'gcj02';
  const [shifts, setShifts] = useState<{ toMap: Shift; fromMap: Shift }>();
  useEffect(function loadConverter() {
    if (needed && !shifts) {
      void import('gcoord').then(({ default: g }) => setShifts({
        toMap: (p) => g.transform(p, g.WGS84, g.GCJ02) as [number, number],
        fromMap: (p) => g.transform(p, g.GCJ02, g.WGS84) as [number, number],
      }));
    }
  }, [needed]);
  return needed ? { ...shifts, ready: Boolean(shifts) } : { ready: true };
}
