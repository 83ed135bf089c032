/**
 * `npm run posters`: one A4 poster per check-in point, for printing and hanging by each mural — number,
 * names in the community's first two languages, the QR code that stamps the passport, a small map with "you are here",
 * and a paper stamp box for children without a phone. Writes <data dir>/posters/index.html (open it in a
 * browser and print, or `--pdf` also writes posters.pdf with Chromium).
 *
 * The QR codes hold the points' secret codes, so the posters are written to the private data folder,
 * never into the public site. SITE_URL must be the public address (https://…) the phones will open.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSVG } from 'uqr';
import { pickText } from '../src/core/i18n/pickText';
import { anchorOf } from '../src/core/map/anchorOf';
import { staticMapSvg } from '../src/core/map/staticMapSvg';
import { checkinSecrets } from '../src/core/passport/checkinSecrets';
import { checkinSecret, recordPosters } from '../src/storage/checkinSecret';
import { dataDir } from '../src/storage/dataDir';
import { loadCommunity } from '../src/community/readCommunity';
import { liveCommunityDir } from '../src/server/store/communityStore';
import { escapeHtml as esc } from '../src/core/text/escapeHtml';
import { checkinsInOrder } from '../src/core/trail/checkinsInOrder';
import { posterLine } from '../src/build/posterText';
import { translator } from '../src/i18n/translator';

const site = (process.env.SITE_URL || 'http://127.0.0.1:4321').replace(/\/$/, '');
const { community, base, buildings, landmarks } = loadCommunity(liveCommunityDir());
const secret = checkinSecret();
const { languages } = community;
const [first, second] = languages as [string, ...string[]];
const t = translator(first);
const communityName = pickText(community.name, first);
const walkway = landmarks.find((l) => l.properties.kind === 'walkway');
const points = checkinsInOrder(landmarks);

const pages = points.map((p) => {
  const { code } = checkinSecrets(secret, p.id);
  const url = `${site}/checkin/${p.id}/?k=${code}`;
  const map = staticMapSvg({
    bounds: community.bounds, base, buildings, width: 520, title: t('poster.mapTitle', { name: pickText(p.properties.name, first) }),
    walkway: walkway?.geometry.type === 'LineString' ? walkway.geometry.coordinates : undefined,
    points: points.map((q) => ({ at: anchorOf(q.geometry), label: String(q.properties.order) })),
    here: { at: anchorOf(p.geometry), caption: posterLine(languages, 'poster.here') },
  });
  return `<section class="poster">
  <header><span class="number">${p.properties.order}</span><div><h1>${esc(pickText(p.properties.name, first))}</h1>${second ? `<p class="second" lang="${esc(second)}">${esc(pickText(p.properties.name, second))}</p>` : ''}</div></header>
  <p class="trail">${esc(communityName)} · ${esc(posterLine(languages, 'poster.stop', (l) => ({ trail: translator(l)('kind.walkway'), order: p.properties.order!, total: points.length }), ' · '))}</p>
  <div class="middle">
    <figure class="qr">${renderSVG(url, { ecc: 'M', border: 2 })}<figcaption>${esc(posterLine(languages, 'poster.scan'))}<br><span class="url">${esc(url)}</span></figcaption></figure>
    <div class="stamp-box"><span>${languages.slice(0, 2).map((l) => esc(translator(l)('poster.noPhone'))).join('<br>')}</span></div>
  </div>
  <figure class="map">${map}</figure>
  <p class="privacy">${esc(posterLine(languages, 'poster.privacy'))}</p>
</section>`;
});

const html = `<!doctype html>
<html lang="${esc(first)}"><head><meta charset="utf-8"><title>${esc(posterLine(languages, 'poster.title', (l) => ({ community: pickText(community.name, l) }), ' · '))}</title>
<style>
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d1b1a; }
.poster { height: 272mm; display: flex; flex-direction: column; gap: 5mm; page-break-after: always; break-after: page; }
.poster:last-child { page-break-after: auto; break-after: auto; }
header { display: flex; align-items: center; gap: 6mm; }
.number { display: flex; align-items: center; justify-content: center; width: 30mm; height: 30mm; border-radius: 50%; background: #b3261e; color: #fff; font-size: 20mm; font-weight: 800; flex: none; }
h1 { font-size: 15mm; margin: 0; line-height: 1.15; }
.second { font-size: 8mm; margin: 1mm 0 0; color: #4a4541; }
.trail { font-size: 5mm; margin: 0; color: #4a4541; }
.middle { display: flex; gap: 8mm; align-items: stretch; }
.qr { margin: 0; flex: 1; text-align: center; }
.qr svg { width: 78mm; height: 78mm; }
figcaption { font-size: 5mm; font-weight: 700; }
.url { font-size: 3mm; font-weight: 400; word-break: break-all; color: #4a4541; }
.stamp-box { flex: 1; border: 1.2mm dashed #8a7a66; border-radius: 6mm; display: flex; align-items: flex-end; justify-content: center; padding: 4mm; font-size: 4.5mm; color: #4a4541; text-align: center; }
.map { margin: 0; flex: 1; min-height: 0; display: flex; justify-content: center; }
.map svg { height: 100%; max-width: 100%; }
.privacy { font-size: 4mm; margin: 0; color: #4a4541; text-align: center; }
@media screen { body { background: #ccc; } .poster { background: #fff; width: 210mm; height: 297mm; padding: 12mm; margin: 8mm auto; } }
</style></head><body>
${pages.join('\n')}
</body></html>
`;

const out = join(dataDir(), 'posters');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), html);
recordPosters(secret, pages.length);
console.log(`wrote ${pages.length} posters to ${join(out, 'index.html')} (QR codes point at ${site})`);
