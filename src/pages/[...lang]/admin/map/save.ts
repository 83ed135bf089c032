import type { APIRoute } from 'astro';
import { describeMapChange } from '../../../../i18n/describeMapChange';
import { translator } from '../../../../i18n/translator';
import { ADMIN_FORM_BYTES } from '../../../../server/adminPage';
import { applyMapEdit } from '../../../../server/mapEdits/applyMapEdit';
import { localizedProblems } from '../../../../server/mapEdits/localizedProblems';
import { jsonObjectWithin } from '../../../../server/readLimitedBody';
import { pathLanguage, requireModerator } from '../../../../server/requireModerator';

export const prerender = false;

/**
 * Saves the map editor's changes (`/admin/map/`) with `applyMapEdit`: a signed-in moderator only (and, as for every
 * state change, only from this site's own pages: the middleware checks the origin), a JSON body no larger than an
 * admin form. Answers 200 `{ ok, commit, summary, changes, described }`; 409 stale, with the newer version of each feature someone else
 * changed; 422 refused by the rules, each problem naming its rule, feature and layer; 400/413 unreadable or too
 * large (415 not sent as JSON); 503 when the store cannot take it. Nothing is written unless the answer is 200.
 */
export const POST: APIRoute = async (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  const t = translator(pathLanguage(context.url));
  const error = (status: number, message: string) => Response.json({ ok: false, reason: 'error', error: message }, { status });
  const input = await jsonObjectWithin(context.request, ADMIN_FORM_BYTES);
  if (input === 'not-json') return error(415, t('admin.error.formMalformed'));
  if (input === 'too-large') return error(413, t('admin.error.formTooLarge'));
  if (input === 'malformed' || !Array.isArray(input.edits)) return error(400, t('admin.error.formMalformed'));
  const result = await applyMapEdit({
    author: moderator.name, baseCommit: typeof input.baseCommit === 'string' ? input.baseCommit : '', edits: input.edits as never,
    message: typeof input.message === 'string' ? input.message : undefined,
  });
  // What was saved, in the moderator's language (the commit message keeps the language-neutral summary).
  if (result.ok) return Response.json({ ...result, described: result.changes.map((c) => describeMapChange(t, c)) });
  if (result.reason === 'rules') {
    return Response.json({ ok: false, reason: 'rules', problems: localizedProblems(t, result.problems, input.edits) }, { status: 422 });
  }
  if (result.reason === 'stale') {
    // Which layer each changed feature is in: the one the editor sent it in.
    const layerOf = new Map((input.edits as { id?: unknown; layer?: unknown }[]).map((e) => [String(e.id), String(e.layer)]));
    const newer = Object.entries(result.current).flatMap(([id, f]) => (f ? [{ layer: layerOf.get(id), id, geometry: f.geometry, properties: f.properties }] : []));
    return Response.json({ ok: false, reason: 'stale', headCommit: result.headCommit, changed: result.changed, newer }, { status: 409 });
  }
  return error(503, t(`admin.error.store.${result.code}`, { detail: result.detail }));
};

