/** The eight compass points, clockwise from north. */
export const COMPASS_POINTS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/**
 * The nearest of eight compass points to a bearing in degrees (Turf's -180…180 or 0…360).
 * @example compassPoint(50) === 'ne'; compassPoint(-100) === 'w'
 */
export function compassPoint(bearingDeg: number): CompassPoint {
  const normal = ((bearingDeg % 360) + 360) % 360;
  return COMPASS_POINTS[Math.round(normal / 45) % 8]!;
}
