import { roundMetres } from '../mapEdit/summaryLine';
import type { ImportEntry } from './importDiff';

/** A distance as the command prints it: metres, or kilometres from 1 km. */
function far(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${roundMetres(m)} m`;
}

/**
 * One line of the import command's output for one feature, language-neutral (ids, metres, compass letters):
 * `checkin-05 moved 20 m N`. The map editor shows `describeImportEntry` in the reader's language instead.
 */
export function importLine(e: ImportEntry): string {
  switch (e.kind) {
    case 'moved': return `${e.id} moved ${roundMetres(e.metres)} m ${e.direction.toUpperCase()}`;
    case 'reshaped': return `${e.id} reshaped, centre ${roundMetres(e.metres)} m ${e.direction.toUpperCase()}`;
    case 'unchanged': return `${e.id} unchanged`;
    case 'added': return `${JSON.stringify(e.ref)} (${e.geometry.type}) is not on the map: add it in the map editor`;
    case 'missing': return `${e.id} missing from the file`;
    case 'outside': return `${JSON.stringify(e.ref)} is ${far(e.metres)} outside the community: not imported`;
    case 'duplicate': return `${JSON.stringify(e.ref)} matches ${e.id} again: only the first is used`;
    case 'type-mismatch': return `${JSON.stringify(e.ref)} is a ${e.theirs} but ${e.id} is a ${e.ours}: not imported`;
  }
}
