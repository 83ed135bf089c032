import type { APIRoute } from 'astro';
import { describeMapChange } from '../../../../i18n/describeMapChange';
import { translator } from '../../../../i18n/translator';
import { applyMapEdit } from '../../../../server/mapEdits/applyMapEdit';
import { localizedProblems } from '../../../../server/mapEdits/localizedProblems';
import { mapSnapshot } from '../../../../server/mapEdits/mapSnapshot';
import { jsonObjectWithin } from '../../../../server/readLimitedBody';
import { pathLanguage, requireModerator } from '../../../../server/requireModerator';

export const prerender = false;

/** Largest edit request accepted: a few hundred edited outlines. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The one door for map edits: the `/admin/map/` editor saves here, and so do scripts. For signed-in moderators
 * only (and, as for every state change, only from this site's own pages: the middleware checks the origin); the
 * answers' words are in the path's language (`/admin/api/map`, `/en/admin/api/map`).
 * GET: `{ commit, layers, coverage }`, the store's latest commit, the four map layers as collections and how
 * much is surveyed.
 * POST (JSON `{ baseCommit, edits, message?, dryRun? }`, see `schemas/mapEdit.ts`): checks and saves the edits as
 * one commit by the moderator (`dryRun: true`: checks only, for a preview) with `applyMapEdit`. Answers
 * 200 `{ ok, commit, summary, changes, described }` (`described`: each change in the moderator's language);
 * 409 `{ reason: 'stale', headCommit, changed, current, newer }` (someone changed the same features: `current` by
 * id, `newer` as the editor draws them, with their layer); 422 `{ reason: 'rules', problems: [{ rule, featureId,
 * layer, message, detail }] }` (`message` in the moderator's language); 503 store not clean; 413/400 unreadable
 * request, 415 not sent as JSON; each refusal but 409 and 422 with `error` in the moderator's language.
 * Nothing is written unless the answer is 200.
 */
export const GET: APIRoute = async (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  return Response.json(await mapSnapshot(), { headers: { 'cache-control': 'no-store' } });
};

export const POST: APIRoute = async (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  const t = translator(pathLanguage(context.url));
  const json = await jsonObjectWithin(context.request, MAX_BYTES);
  if (json === 'not-json') return Response.json({ ok: false, reason: 'not-json', error: t('admin.error.formMalformed') }, { status: 415 });
  if (json === 'too-large') return Response.json({ ok: false, reason: 'too-large', error: t('admin.error.formTooLarge') }, { status: 413 });
  // A preview asked for as "true" or 1 must not be saved for real.
  if (json === 'malformed' || (json.dryRun !== undefined && typeof json.dryRun !== 'boolean')) return Response.json({ ok: false, reason: 'malformed', error: t('admin.error.formMalformed') }, { status: 400 });
  const edits = (Array.isArray(json.edits) ? json.edits : []) as never;
  const result = await applyMapEdit({
    author: moderator.name,
    baseCommit: typeof json.baseCommit === 'string' ? json.baseCommit : '',
    edits,
    message: typeof json.message === 'string' ? json.message : undefined,
    dryRun: json.dryRun === true,
  });
  // What was saved, in the moderator's language (the commit message keeps the language-neutral summary).
  if (result.ok) return Response.json({ ...result, described: result.changes.map((c) => describeMapChange(t, c)) });
  if (result.reason === 'rules') return Response.json({ ...result, problems: localizedProblems(t, result.problems, json.edits) }, { status: 422 });
  if (result.reason === 'stale') {
    // Which layer each changed feature is in: the one the editor sent it in.
    const layerOf = new Map((edits as { id?: unknown; layer?: unknown }[]).map((e) => [String(e?.id), String(e?.layer)]));
    const newer = Object.entries(result.current).flatMap(([id, f]) => (f ? [{ layer: layerOf.get(id), id, geometry: f.geometry, properties: f.properties }] : []));
    return Response.json({ ...result, newer }, { status: 409 });
  }
  return Response.json({ ...result, error: t(`admin.error.store.${result.code}`, { detail: result.detail }) }, { status: 503 });
};
