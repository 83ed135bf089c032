import { staticMapSvg } from '../core/map/staticMapSvg';
import type { Position } from '../schemas/geojson';
import { getBase, getBuildings } from '../community/collections';
import type { getTrail } from './trailData';

/** The trail's small map as SVG (built once per page), optionally with a "you are here" ring at one point. */
export async function trailMapSvg(trail: Awaited<ReturnType<typeof getTrail>>, opts: { width: number; title: string; here?: { at: Position; caption: string } }) {
  const [base, buildings] = await Promise.all([getBase(), getBuildings()]);
  return staticMapSvg({
    bounds: trail.community.bounds, base, buildings, walkway: trail.walkway,
    points: trail.points.map((p) => ({ at: p.at, label: String(p.order) })), ...opts,
  });
}
