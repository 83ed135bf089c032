import { lengthToDegrees } from '@turf/helpers';
import { staticMapSvg } from '../core/map/staticMapSvg';
import { walkwayBetween } from '../core/trail/walkwayBetween';
import type { Position } from '../schemas/geojson';
import { getBase, getBuildings } from '../community/collections';
import type { getTrail, TrailPoint } from './trailData';

type Trail = Awaited<ReturnType<typeof getTrail>>;

/** The trail's small map as SVG (built once per page), optionally with a "you are here" ring at one point. */
export async function trailMapSvg(trail: Trail, opts: { width: number; title: string; here?: { at: Position; caption: string } }) {
  const [base, buildings] = await Promise.all([getBase(), getBuildings()]);
  return staticMapSvg({
    bounds: trail.community.bounds, base, buildings, walkway: trail.walkway,
    points: trail.points.map((p) => ({ at: p.at, label: String(p.order) })), ...opts,
  });
}

/**
 * The way from check-in point `from` to the next one on the trail, as a small map cut to the walk: the
 * walkway part between the two drawn solid with an arrow, a "you are here" ring, both points numbered and
 * the number of the building to look for beside the next point. `undefined` at the last point.
 */
export async function trailLegSvg(trail: Trail, from: TrailPoint, opts: { width: number; title: string; here: string }) {
  const next = trail.points.find((p) => p.order === from.order + 1);
  if (!next) return undefined;
  const [base, buildings] = await Promise.all([getBase(), getBuildings()]);
  const onWalkway = trail.walkway ? walkwayBetween(trail.walkway, from.alongM, next.alongM) : [];
  const route: Position[] = [from.at, ...onWalkway, next.at];
  const look = next.nearBuilding;
  return staticMapSvg({
    bounds: paddedBounds([...route, ...(look ? [look.at] : [])], 45, opts.width / 300),
    base, buildings, walkway: trail.walkway, route,
    points: [from, next].map((p) => ({ at: p.at, label: String(p.order) })),
    labels: look ? [{ at: look.at, text: String(look.number) }] : [],
    here: { at: from.at, caption: opts.here },
    width: opts.width, title: opts.title,
  });
}

/** The box round `positions`, `padM` metres wider on each side, stretched to at most `aspect` (width / height) so a phone shows it whole. */
function paddedBounds(positions: readonly Position[], padM: number, aspect: number): [Position, Position] {
  const lngs = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  const padLat = lengthToDegrees(padM, 'meters');
  const kx = Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180));
  let [w, e, s, n] = [Math.min(...lngs) - padLat / kx, Math.max(...lngs) + padLat / kx, Math.min(...lats) - padLat, Math.max(...lats) + padLat];
  // Widen or heighten the box about its middle until it is `aspect` wide per unit high (in metres on the ground).
  const widthM = (e - w) * kx;
  const heightM = n - s;
  if (widthM / heightM < aspect) {
    const grow = (heightM * aspect - widthM) / kx / 2;
    w -= grow; e += grow;
  } else {
    const grow = (widthM / aspect - heightM) / 2;
    s -= grow; n += grow;
  }
  return [[w, s], [e, n]];
}
