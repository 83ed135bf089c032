import { bytesToHex } from '@noble/hashes/utils.js';
import { anchorOf } from '../core/map/anchorOf';
import { localePath } from '../core/i18n/localePath';
import { pickText } from '../core/i18n/pickText';
import { distanceAndDirection } from '../core/geo/distanceAndDirection';
import { trailStops } from '../core/trail/trailStops';
import { communityTag } from '../core/passport/progressCode';
import { LANDMARK_KIND_REGISTRY } from '../schemas/landmarkKinds';
import type { Position } from '../schemas/geojson';
import type { Locale } from '../schemas/locale';
import type { TrailConfig } from '../browser/trail/trailConfig';
import { getBuildings, getCommunity, getLandmarks } from '../community/collections';
import { passportText } from './passportText';

/** One check-in point as the trail, check-in and passport pages show it. */
export type TrailPoint = {
  id: string; order: number; name: string; at: Position; legM: number; alongM: number; href: string; storyHref: string;
  /** The kind's colour, for the point's stamp. */
  kindColour: string;
  /** The building nearest the point: what to look for on the way there. */
  nearBuilding?: { number: number; at: Position };
};

/** The trail in one language: its points in order, lengths, and what the passport code needs. */
export async function getTrail(lang: Locale) {
  const [community, landmarks, buildings] = await Promise.all([getCommunity(), getLandmarks(), getBuildings()]);
  const { stops, totalM } = trailStops(landmarks);
  const byId = new Map(landmarks.map((l) => [l.id, l]));
  const buildingAnchors = buildings.map((b) => ({ number: b.properties.number, at: anchorOf(b.geometry) }));
  const points: TrailPoint[] = stops.map((s) => {
    const l = byId.get(s.id)!;
    const at = anchorOf(l.geometry);
    return {
      id: s.id, order: s.order, name: pickText(l.properties.name, lang), at, legM: s.legM, alongM: s.alongM,
      href: localePath(lang, `/checkin/${s.id}/`, community.languages), storyHref: localePath(lang, `/landmarks/${s.id}/`, community.languages),
      kindColour: LANDMARK_KIND_REGISTRY[l.properties.kind].colour,
      nearBuilding: nearest(buildingAnchors, at),
    };
  });
  const walkway = landmarks.find((l) => l.properties.kind === 'walkway');
  return {
    community, points, totalM,
    walkway: walkway?.geometry.type === 'LineString' ? walkway.geometry.coordinates : undefined,
    stepFree: walkway?.properties.stepFree === true,
    /** Community tag of the progress code, hex. */
    tag: bytesToHex(communityTag(community.id)),
  };
}

/** What the check-in, passport and verify pages hand their scripts (`data-config`), in one language. */
export async function getTrailConfig(lang: Locale): Promise<TrailConfig> {
  const trail = await getTrail(lang);
  return {
    lang, storageKey: `passport:${trail.community.id}`, tag: trail.tag, text: passportText(lang),
    passportHref: localePath(lang, '/passport/', trail.community.languages),
    points: trail.points.map(({ id, order, name, at, href }) => ({ id, order, name, at, href })),
  };
}

function nearest<T extends { at: Position }>(items: readonly T[], at: Position): T | undefined {
  let best: T | undefined;
  let bestM = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const m = distanceAndDirection(at, item.at).metres;
    if (m < bestM) { best = item; bestM = m; }
  }
  return best;
}
