import type { APIRoute } from 'astro';
import { isDatum } from '../../../../core/import/datum';
import { importDiff } from '../../../../core/import/importDiff';
import { parseMapFile } from '../../../../core/import/parseMapFile';
import { datumHintText, describeImportEntry, importErrorText } from '../../../../i18n/describeMapChange';
import { translator } from '../../../../i18n/translator';
import { mapSnapshot } from '../../../../server/mapEdits/mapSnapshot';
import { parseXmlInNode } from '../../../../server/mapEdits/nodeXml';
import { formDataWithin } from '../../../../server/readLimitedBody';
import { pathLanguage, requireModerator } from '../../../../server/requireModerator';

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
  if (form === 'too-large') return refuse(413, importErrorText(t, { code: 'too-large', bytes: Number(context.request.headers.get('content-length') ?? IMPORT_BYTES + 1), max: IMPORT_BYTES }));
  if (form === 'malformed') return refuse(400, t('admin.error.formMalformed'));
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(400, t('mapEditor.import.error.no-file'));
  const datum = String(form.get('datum') ?? 'wgs84');
  if (!isDatum(datum)) return refuse(400, importErrorText(t, { code: 'unknown-datum', datum: datum.slice(0, 40) }));
  const parsed = parseMapFile({ name: file.name, text: await file.text() }, parseXmlInNode);
  if (!parsed.ok) return refuse(400, importErrorText(t, parsed.error));
  const { layers } = await mapSnapshot();
  const diff = importDiff(parsed.features, datum, layers, { file: file.name.slice(0, 200), date: new Date().toISOString().slice(0, 10) });
  const entries = diff.entries.map((e) => ({ kind: e.kind, line: describeImportEntry(t, e), ...('geometry' in e && e.kind !== 'added' && { id: e.id, layer: e.layer }), ...('geometry' in e && { geometry: e.geometry }) }));
  return Response.json({
    ok: true, entries: entries.filter((e) => e.kind !== 'unchanged'), unchanged: entries.length - entries.filter((e) => e.kind !== 'unchanged').length,
    edits: diff.edits, ...(diff.datumHint && { datumHint: datumHintText(t, datum, diff.datumHint) }),
  });
};
