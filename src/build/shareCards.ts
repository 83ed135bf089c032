import { anchorOf } from '../core/map/anchorOf';
import { staticMapSvg } from '../core/map/staticMapSvg';
import { shareCardSvg, SHARE_CARD } from '../core/share/shareCardSvg';
import { BASE_MAP_COLOURS } from '../core/style/baseMapColours';
import { KIND_COLOURS } from '../core/style/palette';
import type { Position } from '../schemas/geojson';
import { getBase, getBuildings, getCommunity, getLandmarks } from '../community/collections';

/** Where each share preview picture is served; one picture serves every language (it holds no text). */
export const SHARE_IMAGE = {
  community: '/og/community.png',
  trail: '/og/trail.png',
  landmark: (id: string) => `/og/landmarks/${id}.png`,
  building: (number: number) => `/og/buildings/${number}.png`,
};

// The site's colour (theme-color, the check-in pins).
const ACCENT = '#b3261e';
// A place's card shows this share of the community's width around it: close enough to see its neighbours.
const PLACE_ZOOM = 0.55;
// Outside the community's boundary: a shade darker than its own ground, so the edge reads.
const OUTSIDE = '#e4ddcf';

/**
 * Every share preview picture as SVG, named by its path under `/og/` without `.png`: the whole community,
 * the trail with its numbered points, and for each landmark and building the map around it with a large pin.
 */
export async function shareCards(): Promise<{ name: string; svg: string }[]> {
  const [community, base, buildings, landmarks] = await Promise.all([getCommunity(), getBase(), getBuildings(), getLandmarks()]);
  const walkwayFeature = landmarks.find((l) => l.properties.kind === 'walkway');
  const walkway = walkwayFeature?.geometry.type === 'LineString' ? walkwayFeature.geometry.coordinates : undefined;
  const [[w, s], [e, n]] = community.bounds;
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const around = ([lng, lat]: Position): [Position, Position] => {
    const dx = ((e - w) * PLACE_ZOOM) / 2;
    const dy = (dx * kx * SHARE_CARD.height) / SHARE_CARD.width;
    return [[lng - dx, lat - dy], [lng + dx, lat + dy]];
  };
  const map = (bounds: [Position, Position], withTrail: boolean) => staticMapSvg({
    bounds, base, buildings, walkway,
    points: withTrail ? landmarks.filter((l) => l.properties.kind === 'checkin').map((l) => ({ at: anchorOf(l.geometry), label: '' })) : [],
    width: SHARE_CARD.width, title: '',
  });
  const card = (mapSvg: string, pin?: string) => shareCardSvg({ mapSvg, pin, accent: ACCENT, ground: OUTSIDE });
  // The whole community is shown whole rather than cropped.
  const whole = (mapSvg: string) => shareCardSvg({ mapSvg, accent: ACCENT, ground: OUTSIDE, fit: 'contain' });
  const name = (path: string) => path.replace(/^\/og\//, '').replace(/\.png$/, '');
  return [
    { name: name(SHARE_IMAGE.community), svg: whole(map(community.bounds, false)) },
    { name: name(SHARE_IMAGE.trail), svg: whole(map(community.bounds, true)) },
    ...landmarks.map((l) => ({ name: name(SHARE_IMAGE.landmark(l.id)), svg: card(map(around(anchorOf(l.geometry)), false), KIND_COLOURS[l.properties.kind]) })),
    ...buildings.map((b) => ({ name: name(SHARE_IMAGE.building(b.properties.number)), svg: card(map(around(anchorOf(b.geometry)), false), BASE_MAP_COLOURS.highlight) })),
  ];
}
