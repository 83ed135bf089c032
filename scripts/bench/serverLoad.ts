import autocannon from 'autocannon';
import sharp from 'sharp';
import type { RunningServer } from '../lib/startServer';
import { formTokenFromPage } from '../../tests/support/submissionToken';

/** The placeholder each request's number replaces in the title. */
const NUMBER = '0000000000';

export type LoadResult = { kind: string; requests: number; created: number; rows: number; rps: number; p50Ms: number; p99Ms: number; non2xx: number };

/**
 * A multipart body for POST /api/submissions, built once; each request sends it with its own number in the title
 * (`NUMBER`, rewritten in place: same length), so none is the same form sent again, which gets the first's receipt.
 */
async function body(server: RunningServer, withPhoto: boolean): Promise<{ payload: Buffer; type: string }> {
  const form = new FormData();
  // One real token from the page for every request (the bench's server has no minimum fill time).
  const fields = { lang: 'zh-CN', title: `基准测试的故事 ${NUMBER}`, body: '这是负载测试发送的故事，用来测量服务器每秒能收多少个。', kind: 'other', stairwell: '22-3', consent: 'yes', website: '', formToken: await formTokenFromPage(server.url) };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (withPhoto) {
    // About 1 MB: a noisy 1150×1150 JPEG, which compresses badly, like a phone photo.
    const noise = Buffer.alloc(1150 * 1150 * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
    const photo = await sharp(noise, { raw: { width: 1150, height: 1150, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
  }
  const request = new Request('http://x/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), type: request.headers.get('content-type')! };
}

/** 10 concurrent clients for `seconds` against the real server; every 201 must have its row (0 lost). */
export async function serverLoad(server: RunningServer, withPhoto: boolean, seconds: number): Promise<LoadResult> {
  const count = () => { const db = server.db(); try { return (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n; } finally { db.close(); } };
  const before = count();
  const { payload, type } = await body(server, withPhoto);
  const at = payload.indexOf(NUMBER);
  let sent = 0;
  const numbered = () => {
    const copy = Buffer.from(payload);
    sent += 1;
    copy.write(String(sent).padStart(NUMBER.length, '0'), at, 'latin1');
    return copy;
  };
  const result = await autocannon({
    url: `${server.url}/api/submissions`, method: 'POST', connections: 10, duration: seconds,
    headers: { 'content-type': type, origin: server.url, accept: 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: numbered() }) }],
  });
  const created = result['2xx'];
  return {
    kind: withPhoto ? `with a ${(payload.length / 1024 / 1024).toFixed(1)} MB photo` : 'text only',
    requests: result.requests.total, created, rows: count() - before, rps: result.requests.average,
    p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx,
  };
}
