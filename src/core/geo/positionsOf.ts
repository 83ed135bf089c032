import type { Geometry, Position } from '../../schemas/geojson';

/** Every position of a Point, LineString or Polygon, in order (rings flattened). */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'LineString': return geometry.coordinates;
    case 'Polygon': return geometry.coordinates.flat();
  }
}
