import { searchMap, type MapTarget, type SearchIndex } from './searchMap';

/**
 * The feature a link's `?focus=` names: a landmark id, a building (`b22`, or just `22`), or a stairwell (`22-3`).
 * `undefined` when it names nothing (the map then shows the whole community and says so).
 * @example resolveTarget('b22', index) → { type: 'building', id: 'b22' }
 */
export function resolveTarget(focus: string, index: SearchIndex): MapTarget | undefined {
  if (index.landmarks.some((l) => l.id === focus)) return { type: 'landmark', id: focus };
  const building = /^b(\d+)$/.exec(focus);
  if (building) return index.buildings.includes(Number(building[1])) ? { type: 'building', id: focus } : undefined;
  const { matches } = searchMap(focus, index);
  return matches.length === 1 && matches[0]!.type !== 'landmark' ? matches[0] : undefined;
}
