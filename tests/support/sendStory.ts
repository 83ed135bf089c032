import type { RunningServer } from '../../scripts/lib/startServer';
import { formTokenFromPage } from './submissionToken';

/**
 * Sends a resident's story to a running server the way the submit page's script does, and gives its receipt.
 * `fields` adds to or replaces the defaults (a Chinese story about building 30); `photo` attaches a JPEG.
 * The server must be started with `SUBMIT_MIN_FILL_MS: '0'` (the token is used at once). Throws when it is refused.
 */
export async function sendStory(server: Pick<RunningServer, 'url'>, fields: Record<string, string> = {}, photo?: Uint8Array): Promise<string> {
  const form = new FormData();
  const values = { lang: 'zh-CN', title: '一个故事', body: '两幢楼之间的小空地上，邻居们一起种了一片向日葵。', kind: 'other', building: '30', consent: 'yes', website: '', formToken: await formTokenFromPage(server.url), ...fields };
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  if (photo) form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
  const r = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: form, headers: { origin: server.url, accept: 'application/json' } });
  const text = await r.text();
  if (r.status !== 201) throw new Error(`story refused (${r.status}): ${text}`);
  return (JSON.parse(text) as { receipt: string }).receipt;
}
