import type { APIRoute } from 'astro';
import { applyMapEdit } from '../../../server/mapEdits/applyMapEdit';
import { localizedProblems } from '../../../server/mapEdits/localizedProblems';
import { mapSnapshot } from '../../../server/mapEdits/mapSnapshot';
import { translator } from '../../../i18n/translator';
import { jsonObjectWithin } from '../../../server/readLimitedBody';
import { pathLanguage, requireModerator } from '../../../server/requireModerator';

export const prerender = false;

/** Largest edit request accepted: a few hundred edited outlines. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The map editor's data, for signed-in moderators. GET: `{ commit, layers, coverage }`, the store's latest
 * commit, the four map layers as collections and how much is surveyed. POST (JSON `{ baseCommit, edits,
 * message?, dryRun? }`, see `schemas/mapEdit.ts`): checks and saves the edits as one commit by the moderator
 * (`dryRun: true`: checks only, for a preview); answers the `applyMapEdit` result: 200 saved (or would be),
 * 409 stale (someone changed the same features; `current` has their version), 422 refused by a rule
 * (`problems`: rule, featureId, message), 503 store not clean, 413/400 unreadable request, 415 not sent as JSON (each with `error` in the site's first language).
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
  const result = await applyMapEdit({
    author: moderator.name,
    baseCommit: typeof json.baseCommit === 'string' ? json.baseCommit : '',
    edits: (Array.isArray(json.edits) ? json.edits : []) as never,
    message: typeof json.message === 'string' ? json.message : undefined,
    dryRun: json.dryRun === true,
  });
  if (!result.ok && result.reason === 'rules') return Response.json({ ...result, problems: localizedProblems(t, result.problems, json.edits) }, { status: 422 });
  const status = result.ok ? 200 : result.reason === 'stale' ? 409 : 503;
  return Response.json(result, { status });
};
