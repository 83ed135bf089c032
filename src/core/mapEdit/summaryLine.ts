import type { MapChange } from './types';

/** Metres as a summary says them: whole metres from 10 m, one decimal below. */
export function roundMetres(m: number): number {
  return m >= 10 ? Math.round(m) : Math.round(m * 10) / 10;
}

/**
 * One change in the content store's own words (commit messages and the import command's output are
 * language-neutral: ids, metres, compass letters). Pages show `describeMapChange` in the reader's language.
 * @example summaryLine({ kind: 'moved', layer: 'landmarks', id: 'checkin-05', metres: 212.4, direction: 'se' }) === 'checkin-05 moved 212 m SE'
 */
export function summaryLine(c: MapChange): string {
  const by = 'follows' in c && c.follows ? ` with ${c.follows}` : '';
  switch (c.kind) {
    case 'moved': return `${c.id} moved ${roundMetres(c.metres)} m ${c.direction.toUpperCase()}${by}`;
    case 'reshaped': return c.metres < 0.5 ? `${c.id} reshaped${by}` : `${c.id} reshaped, centre ${roundMetres(c.metres)} m ${c.direction.toUpperCase()}${by}`;
    case 'added': return `${c.id} added`;
    case 'deleted': return `${c.id} deleted`;
    case 'properties': return `${c.id} properties changed: ${c.keys.join(', ')}`;
  }
}
