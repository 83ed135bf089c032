import { connect } from 'node:net';

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer; text: string };

/**
 * Sends one HTTP/1.1 request exactly as written, over its own connection: the request target, method and
 * headers go out byte for byte (`fetch` and the WHATWG URL parser would tidy the very spellings under test).
 * Resolves once the whole answer (by its Content-Length) has arrived, or the server has closed.
 * @example rawRequest(port, 'GET', '//admin/') → { status: 308, headers: { location: '/admin/' }, … }
 */
export function rawRequest(port: number, method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const lines = [`${method} ${target} HTTP/1.1`, 'host: 127.0.0.1', 'connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (body !== undefined) socket.write(body);
    let received = Buffer.alloc(0);
    let done = false;
    const finish = () => {
      if (done) return;
      const parsed = parse(received);
      if (!parsed) return reject(new Error(`no HTTP answer to ${method} ${target}: ${JSON.stringify(received.toString('latin1').slice(0, 200))}`));
      done = true;
      socket.destroy();
      resolve(parsed);
    };
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const parsed = parse(received);
      if (parsed && parsed.headers['content-length'] !== undefined && parsed.body.length >= Number(parsed.headers['content-length'])) finish();
    });
    socket.on('end', finish);
    socket.on('close', finish);
    // The server may reset after answering (it stops reading a refused body): the answer already came.
    socket.on('error', () => finish());
    socket.setTimeout(20_000, () => { socket.destroy(); reject(new Error(`timeout: ${method} ${target}`)); });
  });
}

function parse(data: Buffer): RawResponse | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine, ...headerLines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = data.subarray(end + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status, headers, body, text: body.toString('utf8') };
}

function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd === -1) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
