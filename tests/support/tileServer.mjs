#!/usr/bin/env node
/**
 * A tile server for the browser tests, on 127.0.0.1 only: every /{z}/{x}/{y}.png answers the same light
 * tile (tests/fixtures/tile.png); /fail/… answers 500, as a broken provider would. PORT sets the port.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const tile = readFileSync(new URL('../fixtures/tile.png', import.meta.url));
const port = Number(process.env.PORT || 4397);
createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === '/') return res.end('tiles');
  if (url.startsWith('/fail/')) { res.writeHead(500); return res.end('broken on purpose'); }
  if (!/^\/\d+\/\d+\/\d+\.png$/.test(url)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  res.end(tile);
}).listen(port, '127.0.0.1', () => console.log(`test tiles on http://127.0.0.1:${port}/`));
