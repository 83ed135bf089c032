#!/usr/bin/env node
/**
 * Serves the built site (static pages + server routes) with the Node adapter, on 127.0.0.1:4321 unless
 * HOST / PORT say otherwise. `npm start` builds first; `npm run serve` serves what is already built.
 * OUT_DIR selects another build (the tests build a second, tiny community into its own folder).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const entry = resolve(outDir, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`No build in ${outDir}. Run "npm start" (builds, then serves) or "npm run build" first.`);
  process.exit(1);
}
process.env.HOST ||= '127.0.0.1';
process.env.PORT ||= '4321';
await import(pathToFileURL(entry).href);
console.log(`Serving ${outDir} on http://${process.env.HOST}:${process.env.PORT}/`);
