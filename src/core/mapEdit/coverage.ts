import type { ProvenanceSource } from '../../schemas/provenance';
import type { StorySourceKind } from '../../schemas/story';

/** A feature as coverage counts it: its layer's properties, where `provenance` may say how it was measured. */
type Counted = { properties: { provenance?: { source: ProvenanceSource }; kind?: string } };
/** Of `total`, how many are `done`. */
export type Count = { done: number; total: number };
export type Coverage = {
  buildings: Count;
  stairwells: Count;
  checkins: Count;
  /** Landmarks other than check-in points (the walkway, the pet area, benches, …). */
  landmarks: Count;
  base: Count;
  /** Stories by landmark: told or checked by the community (every language's file), of all. */
  stories: Count;
  /** Every feature of every layer surveyed, traced or imported: the map is no longer schematic. */
  surveyed: boolean;
};

/** Whether a feature's geometry was measured (GPS, traced on imagery, imported) rather than drawn as a schematic. */
export function isSurveyed(f: Counted): boolean {
  const source = f.properties.provenance?.source;
  return source !== undefined && source !== 'schematic';
}

const count = (features: readonly Counted[]): Count => ({ done: features.filter(isSurveyed).length, total: features.length });

/**
 * How much of the map is true: features surveyed per layer, and stories from the community (a landmark's
 * story counts when none of its language versions is a `sample`). For the map editor's coverage line, and
 * for the site to stop calling itself schematic once `surveyed`.
 * @example coverage({ buildings: [b], … }, []).buildings → { done: 0, total: 1 } for a schematic b
 */
export function coverage(data: { buildings: readonly Counted[]; stairwells: readonly Counted[]; landmarks: readonly Counted[]; base: readonly Counted[] }, stories: readonly { landmark: string; source?: StorySourceKind }[]): Coverage {
  const checkins = data.landmarks.filter((l) => l.properties.kind === 'checkin');
  const others = data.landmarks.filter((l) => l.properties.kind !== 'checkin');
  const byLandmark = new Map<string, boolean>();
  for (const s of stories) byLandmark.set(s.landmark, (byLandmark.get(s.landmark) ?? true) && s.source !== 'sample');
  const all = [...data.buildings, ...data.stairwells, ...data.landmarks, ...data.base];
  return {
    buildings: count(data.buildings),
    stairwells: count(data.stairwells),
    checkins: count(checkins),
    landmarks: count(others),
    base: count(data.base),
    stories: { done: [...byLandmark.values()].filter(Boolean).length, total: byLandmark.size },
    surveyed: all.length > 0 && all.every(isSurveyed),
  };
}
