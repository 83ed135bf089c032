import type { APIRoute } from 'astro';
import { applyMapEdit } from '../../../server/mapEdits/applyMapEdit';
import { mapSnapshot } from '../../../server/mapEdits/mapSnapshot';
import { readLimited } from '../../../server/readLimitedBody';
import { requireModerator } from '../../../server/requireModerator';

export const prerender = false;

/** Largest edit request accepted: a few hundred edited outlines. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The map editor's data, for signed-in moderators. GET: `{ commit, layers, coverage }`, the store's latest
 * commit, the four map layers as collections and how much is surveyed. POST (JSON `{ baseCommit, edits,
 * message?, dryRun? }`, see `schemas/mapEdit.ts`): checks and saves the edits as one commit by the moderator
 * (`dryRun: true`: checks only, for a preview); answers the `applyMapEdit` result: 200 saved (or would be),
 * 409 stale (someone changed the same features; `current` has their version), 422 refused by a rule
 * (`problems`: rule, featureId, message), 503 store not clean, 413/400 unreadable request.
 */
export const GET: APIRoute = async (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  return Response.json(await mapSnapshot(), { headers: { 'cache-control': 'no-store' } });
};

export const POST: APIRoute = async (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  const body = await readLimited(context.request, MAX_BYTES);
  if (body === 'too-large') return Response.json({ ok: false, reason: 'too-large' }, { status: 413 });
  let json: { baseCommit?: unknown; edits?: unknown; message?: unknown; dryRun?: unknown };
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return Response.json({ ok: false, reason: 'malformed' }, { status: 400 });
  }
  const result = await applyMapEdit({
    author: moderator.name,
    baseCommit: String(json?.baseCommit ?? ''),
    edits: (Array.isArray(json?.edits) ? json.edits : []) as never,
    message: typeof json?.message === 'string' ? json.message : undefined,
    dryRun: json?.dryRun === true,
  });
  const status = result.ok ? 200 : result.reason === 'stale' ? 409 : result.reason === 'rules' ? 422 : 503;
  return Response.json(result, { status });
};
