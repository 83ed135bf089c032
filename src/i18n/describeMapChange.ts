import type { ImportEntry } from '../core/import/importDiff';
import type { ImportError } from '../core/import/parseMapFile';
import type { Coverage } from '../core/mapEdit/coverage';
import { roundMetres } from '../core/mapEdit/summaryLine';
import type { MapChange } from '../core/mapEdit/types';
import type { Translate } from './translator';

/**
 * One map change in the reader's language, for the editor's preview and its "saved" notice.
 * @example describeMapChange(translator('en'), { kind: 'moved', layer: 'landmarks', id: 'checkin-05', metres: 212.4, direction: 'se' }) === 'checkin-05 moved 212 m south-east'
 * @example describeMapChange(translator('zh-CN'), …same) === 'checkin-05 向东南移动了 212 米'
 */
export function describeMapChange(t: Translate, c: MapChange): string {
  const text = (() => {
    switch (c.kind) {
      case 'moved': return t('mapEdit.moved', { id: c.id, metres: roundMetres(c.metres), direction: t(`dir.${c.direction}`) });
      case 'reshaped': return c.metres < 0.5 ? t('mapEdit.reshapedInPlace', { id: c.id }) : t('mapEdit.reshaped', { id: c.id, metres: roundMetres(c.metres), direction: t(`dir.${c.direction}`) });
      case 'added': return t('mapEdit.added', { id: c.id });
      case 'deleted': return t('mapEdit.deleted', { id: c.id });
      case 'properties': return t('mapEdit.properties', { id: c.id, keys: c.keys.join(', ') });
    }
  })();
  return 'follows' in c && c.follows ? t('mapEdit.follows', { change: text, leader: c.follows }) : text;
}

/** A distance in metres, or kilometres from 1 km. */
const far = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${roundMetres(m)} m`);

/** One line of an import preview in the reader's language (the command prints `importLine` instead). */
export function describeImportEntry(t: Translate, e: ImportEntry): string {
  switch (e.kind) {
    case 'moved': case 'reshaped': return describeMapChange(t, e);
    case 'unchanged': return t('import.unchanged', { id: e.id });
    case 'added': return t('import.added', { ref: e.ref });
    case 'missing': return t('import.missing', { id: e.id });
    case 'outside': return t('import.outside', { ref: e.ref, distance: far(e.metres) });
    case 'duplicate': return t('import.duplicate', { ref: e.ref, id: e.id });
    case 'type-mismatch': return t('import.typeMismatch', { ref: e.ref, id: e.id });
  }
}

/** Why a file could not be imported, in the reader's language; `datum` an unknown coordinate system's name. */
export function importErrorText(t: Translate, e: ImportError | { code: 'unknown-datum'; datum: string }): string {
  switch (e.code) {
    case 'too-large': return t('import.error.too-large', { mb: (e.bytes / 1048576).toFixed(1), max: e.max / 1048576 });
    case 'too-many': return t('import.error.too-many', { count: e.count, max: e.max });
    case 'unknown-format': return t('import.error.unknown-format', { name: e.name });
    case 'malformed': return t('import.error.malformed', { format: e.format.toUpperCase(), detail: e.detail });
    case 'empty': return t('import.error.empty', { format: e.format.toUpperCase() });
    case 'unknown-datum': return t('import.error.unknown-datum', { datum: e.datum });
  }
}

/** The datum hint of an import preview: read as `datum` the file is far off, as `hint` it fits. */
export function datumHintText(t: Translate, datum: 'wgs84' | 'gcj02' | 'bd09', hint: 'wgs84' | 'gcj02' | 'bd09'): string {
  return t('import.datumHint', { datum: t(`import.datum.${datum}`), hint: t(`import.datum.${hint}`) });
}

/**
 * The map editor's coverage line.
 * @example coverageLine(translator('en'), c) === '41 of 62 buildings surveyed; check-in points 12 of 12; 9 of 28 stories from the community'
 */
export function coverageLine(t: Translate, c: Coverage): string {
  return t('coverage.line', {
    buildings: c.buildings.done, buildingsTotal: c.buildings.total,
    checkins: c.checkins.done, checkinsTotal: c.checkins.total,
    stories: c.stories.done, storiesTotal: c.stories.total,
  });
}
