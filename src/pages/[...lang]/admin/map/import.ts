import type { APIRoute } from 'astro';
import { readCommunitySource } from '../../../../community/readCommunitySource';
import { isDatum } from '../../../../core/import/datum';
import { importDiff, type ImportEntry } from '../../../../core/import/importDiff';
import { parseMapFile, type ImportError } from '../../../../core/import/parseMapFile';
import { collectionsOf } from '../../../../core/mapEdit/proposeMapEdits';
import { roundMetres } from '../../../../core/mapEdit/summaryLine';
import type { Translate } from '../../../../i18n/translator';
import { translator } from '../../../../i18n/translator';
import { parseXmlInNode } from '../../../../server/mapEdits/nodeXml';
import { formDataWithin } from '../../../../server/readLimitedBody';
import { pathLanguage, requireModerator } from '../../../../server/requireModerator';
import { liveCommunityDir } from '../../../../server/store/communityStore';

export const prerender = false;

/** Largest file the editor uploads: the front door's limit for moderation requests (2 MiB, scripts/server/admitRequest.mjs). */
const IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * The map editor's import preview: a moderator uploads a GeoJSON, KML, GPX or OSM XML file and names its datum; the
 * file is read (`parseMapFile`), converted to WGS 84 and compared with the live map (`importDiff`). Answers with one
 * line per feature in the moderator's language, the geometries to preview and the map edits applying it would make.
 * Writes nothing: the editor stages the edits and saves them through `applyMapEdit` like any other change.
 */
export const POST: APIRoute = async (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  const t = translator(pathLanguage(context.url));
  const refuse = (status: number, error: string) => Response.json({ ok: false, error }, { status });
  const form = await formDataWithin(context.request, IMPORT_BYTES);
  if (form === 'too-large') return refuse(413, t('mapEditor.import.error.too-large', { max: IMPORT_BYTES / 1024 / 1024 }));
  if (form === 'malformed') return refuse(400, t('admin.error.formMalformed'));
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(400, t('mapEditor.import.error.no-file'));
  const datum = String(form.get('datum') ?? 'wgs84');
  if (!isDatum(datum)) return refuse(400, t('mapEditor.import.error.datum'));
  const parsed = parseMapFile({ name: file.name, text: await file.text() }, parseXmlInNode);
  if (!parsed.ok) return refuse(400, errorText(parsed.error, t));
  const ours = collectionsOf(readCommunitySource(liveCommunityDir()));
  if (!ours.collections) return refuse(503, ours.problems.map((p) => p.message).join('; '));
  const diff = importDiff(parsed.features, datum, ours.collections, { file: file.name.slice(0, 200), date: new Date().toISOString().slice(0, 10) });
  const entries = diff.entries.map((e) => ({ kind: e.kind, line: entryLine(e, t), ...('geometry' in e && e.kind !== 'added' && { id: e.id, layer: e.layer }), ...('geometry' in e && { geometry: e.geometry }) }));
  return Response.json({
    ok: true, entries: entries.filter((e) => e.kind !== 'unchanged'), unchanged: entries.length - entries.filter((e) => e.kind !== 'unchanged').length,
    edits: diff.edits, ...(diff.datumHint && { datumHint: t('mapEditor.import.datumHint', { hint: t(`mapEditor.import.datum.${diff.datumHint}`) }) }),
  });
};

/** One feature of the preview in the moderator's words. */
function entryLine(e: ImportEntry, t: Translate): string {
  switch (e.kind) {
    case 'moved': case 'reshaped':
      return t(`mapEditor.import.line.${e.kind}`, { id: e.id, metres: roundMetres(e.metres), direction: t(`dir.${e.direction}`) });
    case 'added': return t('mapEditor.import.line.added', { ref: e.ref });
    case 'missing': return t('mapEditor.import.line.missing', { id: e.id });
    case 'outside': return t('mapEditor.import.line.outside', { ref: e.ref, metres: Math.round(e.metres) });
    case 'duplicate': case 'type-mismatch': return t('mapEditor.import.line.skipped', { ref: e.ref, id: e.id });
    case 'unchanged': return e.id;
  }
}

/** Why a file could not be read, naming the file or its format. */
function errorText(e: ImportError, t: Translate): string {
  switch (e.code) {
    case 'too-large': return t('mapEditor.import.error.too-large', { max: Math.floor(e.max / 1024 / 1024) });
    case 'too-many': return t('mapEditor.import.error.too-many', { count: e.count, max: e.max });
    case 'unknown-format': return t('mapEditor.import.error.unknown-format', { name: e.name });
    case 'malformed': return t('mapEditor.import.error.malformed', { format: e.format.toUpperCase(), detail: e.detail.slice(0, 200) });
    case 'empty': return t('mapEditor.import.error.empty', { format: e.format.toUpperCase() });
  }
}
