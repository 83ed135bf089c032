import type { LooseCollection } from './types';

/**
 * The ids of features that differ between two versions of one collection: added, removed, or with any
 * other geometry or properties. Used to tell a second editor what someone else changed meanwhile.
 */
export function changedFeatureIds(before: LooseCollection | undefined, after: LooseCollection | undefined): string[] {
  const text = (fc: LooseCollection | undefined) => new Map((fc?.features ?? []).map((f) => [f.id, JSON.stringify(f)]));
  const a = text(before);
  const b = text(after);
  const ids = new Set([...a.keys(), ...b.keys()]);
  return [...ids].filter((id) => a.get(id) !== b.get(id));
}
