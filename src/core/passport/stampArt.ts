import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { escapeHtml as escapeXml } from '../text/escapeHtml';

/** What a stamp is drawn from: all of it is the point's own data, so a new community gets its own stamps. */
export type StampInput = {
  /** The point's id: seeds the stamp's tilt, so it stays the same when names are edited. */
  id: string;
  /** Position on the trail, 1 = first; printed big in the middle. */
  order: number;
  /** Number of points: spreads the inks evenly round the colour wheel. */
  total: number;
  /** The point's name in the page's language, written round the rim. */
  name: string;
  /** The kind's colour (`LANDMARK_KIND_REGISTRY`), used for the inner ring so stamps of one kind belong together. */
  kindColour: string;
};

/** Outlines a stamp can have, in a 100 × 100 box centred on 50, 50. */
const SHAPES: ((r: number) => string)[] = [
  (r) => `M${50 - r},50a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`,
  (r) => polygon(6, r, 0),
  (r) => polygon(8, r, Math.PI / 8),
  (r) => scallop(14, r),
  (r) => `M${50 - r},${50 - r + 12}q0,-12 12,-12h${2 * r - 24}q12,0 12,12v${2 * r - 24}q0,12 -12,12h${-(2 * r - 24)}q-12,0 -12,-12Z`,
  (r) => polygon(5, r, -Math.PI / 2),
  (r) => scallop(10, r),
];

/** Little pictures in the stamp's middle, each a path in a 24 × 24 box. */
const MOTIFS = [
  'M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 16.9 5.9 20.4l1.5-6.8L2.2 9l6.9-.7z', // star
  'M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z', // heart
  'M2 15c3-4 5-4 8 0s5 4 8 0 4-3 4-3v4c-2 3-5 3-8 0s-5-3-8 0-4 3-4 3z', // wave
  'M12 3c6 3 8 9 5 15-2 3-6 3-8 1-4-4-3-11 3-16zM8 21l6-12', // leaf
  'M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM12 1v3M12 20v3M1 12h3M20 12h3M4 4l2 2M18 18l2 2M4 20l2-2M18 6l2-2', // sun
  'M3 11l9-8 9 8v10h-6v-6H9v6H3z', // house
  'M15 3a9 9 0 1 0 6 15A7 7 0 0 1 15 3z', // moon
  'M12 2l6 9h-4l5 7H5l5-7H6zM11 18h2v4h-2z', // tree
  'M4 17c2-6 6-9 12-10l-3 3 5 1c-3 2-6 6-14 6z', // bird
  'M12 8a3 3 0 1 1 0 .1M12 2a3 3 0 0 1 0 6 3 3 0 0 1 0-6zM12 16a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM4 12a3 3 0 1 1 6 0 3 3 0 0 1-6 0zM14 12a3 3 0 1 1 6 0 3 3 0 0 1-6 0z', // flower
  'M3 20l4-1 11-11-3-3L4 16zM14 6l3 3M17 3l4 4-2 2-4-4z', // brush
  'M6 8l2-5 3 4h2l3-4 2 5c2 2 2 6 0 9-3 4-9 4-12 0-2-3-2-7 0-9z', // cat
];

/**
 * A rubber-stamp picture for one check-in point, as SVG, drawn at build time from the point's data: an
 * outline (7 shapes) and a motif (12) by trail order, so no two of the first 84 points share both, an ink
 * spread round the colour wheel, the number big, the name round the rim, a ring in the kind's colour and a
 * slight tilt from the id.
 * @example stampArt({ id: 'checkin-05', order: 5, total: 12, name: '山水长卷', kindColour: '#b3261e' }).includes('山水长卷')
 */
export function stampArt(s: StampInput): string {
  const hue = Math.round(((s.order - 1) / Math.max(1, s.total)) * 360 + 8) % 360;
  const ink = `hsl(${hue} 72% 36%)`;
  const tiltSeed = sha256(utf8ToBytes(s.id))[1]!;
  const motif = MOTIFS[(s.order - 1) % MOTIFS.length]!;
  const shape = SHAPES[(s.order - 1) % SHAPES.length]!;
  const tilt = (tiltSeed % 25) - 12;
  const rimId = `rim-${escapeXml(s.id)}`;
  // The name fits the rim's half circle (34 × π ≈ 107 units): a Latin letter is about 0.6 em wide.
  const chinese = /[\u3000-\u9fff]/.test(s.name);
  const nameSize = Math.min(11, Math.max(chinese ? 6 : 5, (chinese ? 75 : 100) / Math.max(4, [...s.name].length * (chinese ? 1 : 0.6))));
  // A margin round the 100-unit stamp: a square outline tilted 12° reaches past its box at the corners.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 112 112" role="img" aria-label="${escapeXml(`${s.order} · ${s.name}`)}">`
    + `<defs><path id="${rimId}" d="M16,50a34,34 0 1,0 68,0"/></defs>`
    + `<g transform="rotate(${tilt} 50 50)" opacity=".94" font-family="system-ui,sans-serif">`
    + `<path d="${shape(46)}" fill="hsl(${hue} 80% 96%)" stroke="${ink}" stroke-width="4"/>`
    + `<path d="${shape(40)}" fill="none" stroke="${escapeXml(s.kindColour)}" stroke-width="1.2" stroke-dasharray="2 2"/>`
    + `<path d="${motif}" transform="translate(36.5 10) scale(1.15)" fill="${ink}" fill-opacity=".85" stroke="${ink}" stroke-width="1" stroke-linejoin="round"/>`
    + `<text x="50" y="62" text-anchor="middle" font-size="26" font-weight="800" fill="${ink}">${s.order}</text>`
    + `<text font-size="${nameSize.toFixed(1)}" font-weight="700" fill="${ink}"><textPath href="#${rimId}" startOffset="50%" text-anchor="middle">${escapeXml(s.name)}</textPath></text>`
    + '</g></svg>';
}

function polygon(sides: number, r: number, start: number): string {
  return `M${Array.from({ length: sides }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / sides;
    return `${(50 + r * Math.cos(a)).toFixed(1)},${(50 + r * Math.sin(a)).toFixed(1)}`;
  }).join('L')}Z`;
}

function scallop(bumps: number, r: number): string {
  const inner = r - 4;
  const pts = Array.from({ length: bumps }, (_, i) => (i * 2 * Math.PI) / bumps);
  const at = (a: number, rr: number) => `${(50 + rr * Math.cos(a)).toFixed(1)},${(50 + rr * Math.sin(a)).toFixed(1)}`;
  return `M${at(0, inner)}${pts.map((a) => `Q${at(a + Math.PI / bumps, r + 3)} ${at(a + (2 * Math.PI) / bumps, inner)}`).join('')}Z`;
}
