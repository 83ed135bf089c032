import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { storagePaths } from '../../../server/database';
import { requireModerator } from '../../../server/requireModerator';

export const prerender = false;

/** An uploaded photo, for signed-in moderators only (checked here, whatever the middleware did). */
export const GET: APIRoute = (context) => {
  const moderator = requireModerator(context);
  if (moderator instanceof Response) return moderator;
  const name = String(context.params.name ?? '');
  if (!/^[0-9a-f]{32}\.jpg$/.test(name)) return new Response(null, { status: 404 });
  try {
    return new Response(readFileSync(join(storagePaths().uploads, name)), { headers: { 'content-type': 'image/jpeg', 'cache-control': 'private, no-store' } });
  } catch {
    return new Response(null, { status: 404 });
  }
};
