/**
 * Writes public/favicon.ico (16 and 32 px) from public/favicon.svg, for the browsers, feed readers and
 * bookmark tools that ask for /favicon.ico whatever the page says. Run after changing the SVG:
 * `npx tsx scripts/make-favicon-ico.ts`, and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { icoFile } from './lib/icoFile';

const svg = readFileSync('public/favicon.svg');
// density: render the 64-unit SVG at 8× before shrinking, so the small sizes are sharp.
const images = await Promise.all([16, 32].map(async (size) => ({ size, png: await sharp(svg, { density: 576 }).resize(size, size).png().toBuffer() })));
writeFileSync('public/favicon.ico', icoFile(images));
console.log(`public/favicon.ico: ${images.map((i) => `${i.size} px (${i.png.length} bytes)`).join(', ')}`);
