import type { Geometry, Position } from '../../schemas/geojson';
import { ringIsCounterClockwise } from '../geo/ringIsCounterClockwise';
import { round6 } from '../geo/round6';

const r = (p: Position): Position => [round6(p[0]), round6(p[1])];

/**
 * A geometry as `data/` keeps it: coordinates rounded to 6 decimals (≈ 0.1 m), a polygon's outer ring
 * counter-clockwise and its holes clockwise (editors and GPS walks draw either way). Rings are not closed or
 * repaired here: a broken ring is refused by the data checks, named.
 */
export function normalizeGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: r(geometry.coordinates) };
    case 'LineString': return { type: 'LineString', coordinates: geometry.coordinates.map(r) };
    case 'Polygon': return {
      type: 'Polygon',
      coordinates: geometry.coordinates.map((ring, i) => {
        const rounded = ring.map(r);
        const closed = rounded.length >= 4 && rounded[0]![0] === rounded.at(-1)![0] && rounded[0]![1] === rounded.at(-1)![1];
        return closed && ringIsCounterClockwise(rounded) !== (i === 0) ? rounded.reverse() : rounded;
      }),
    };
  }
}
