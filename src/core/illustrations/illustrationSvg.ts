import type { Landmark } from '../../schemas/landmark';
import { LANDMARK_KIND_REGISTRY, type IllustrationMotif } from '../../schemas/landmarkKinds';

const HUES = ['#e4572e', '#f3a712', '#29335c', '#669bbc', '#3f8f4f', '#a23b72'];

/** One drawing per motif; the kind registry says which motif and ground colour each kind uses. */
const MOTIFS: Record<IllustrationMotif, (f: Landmark) => string> = {
  // The numbered badge only for check-in points: a mural has no trail number.
  'mural-wall': (f: Landmark) => `<rect x="60" y="60" width="360" height="180" rx="8" fill="#fff" stroke="#8a6d3b" stroke-width="4"/>
${HUES.map((h, i) => `<path d="M${80 + i * 55} 220 q20 -120 40 -140" stroke="${h}" stroke-width="18" fill="none" stroke-linecap="round"/>`).join('')}
${f.properties.order === undefined ? '' : `<circle cx="400" cy="70" r="44" fill="#c0392b"/><text x="400" y="86" font-size="44" font-family="sans-serif" font-weight="700" fill="#fff" text-anchor="middle">${f.properties.order}</text>`}`,
  'painted-path': () => `<path d="M20 260 C140 200 120 120 240 140 S360 60 460 40" stroke="#7a7a7a" stroke-width="46" fill="none" stroke-linecap="round"/>
${HUES.map((h, i) => `<circle cx="${60 + i * 75}" cy="${240 - i * 38}" r="12" fill="${h}"/>`).join('')}`,
  'stairwell-door': () => `<rect x="150" y="40" width="180" height="240" fill="#f6f1e7" stroke="#6b4f3a" stroke-width="4"/>
<rect x="205" y="170" width="70" height="110" fill="#b5483b"/><path d="M160 70 q40 30 80 0 t80 0" stroke="#3f8f4f" stroke-width="10" fill="none"/>
<path d="M380 60 l12 26 28 4 -20 20 5 28 -25 -13 -25 13 5 -28 -20 -20 28 -4z" fill="#f3a712"/>`,
  paw: () => `<circle cx="240" cy="180" r="50" fill="#8d6e63"/>${[[170, 110], [215, 90], [265, 90], [310, 110]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="22" fill="#8d6e63"/>`).join('')}`,
  seats: () => [120, 240, 360].map((x, i) => `<rect x="${x - 40}" y="170" width="80" height="16" rx="4" fill="${HUES[i]}"/><rect x="${x - 32}" y="186" width="10" height="60" fill="#6b4f3a"/><rect x="${x + 22}" y="186" width="10" height="60" fill="#6b4f3a"/>`).join(''),
  'notice-board': () => `<rect x="70" y="50" width="340" height="190" fill="#fff" stroke="#b5483b" stroke-width="8"/>${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${95 + (i % 3) * 105}" y="${75 + Math.floor(i / 3) * 80}" width="85" height="62" fill="${HUES[i]}" opacity=".7"/>`).join('')}<rect x="230" y="240" width="20" height="50" fill="#6b4f3a"/>`,
  bench: () => `<rect x="90" y="150" width="300" height="20" rx="6" fill="#a0522d"/><rect x="90" y="110" width="300" height="18" rx="6" fill="#a0522d"/><rect x="110" y="170" width="14" height="70" fill="#555"/><rect x="356" y="170" width="14" height="70" fill="#555"/>`,
  'manhole-cover': () => `<circle cx="240" cy="150" r="110" fill="#6d6d78"/><circle cx="240" cy="150" r="92" fill="#3f8f4f"/>${HUES.map((h, i) => `<circle cx="${240 + 55 * Math.cos(i * 1.047)}" cy="${150 + 55 * Math.sin(i * 1.047)}" r="18" fill="${h}"/>`).join('')}<circle cx="240" cy="150" r="24" fill="#f3a712"/>`,
  ramp: () => `<path d="M40 250 L440 250 L440 130 Z" fill="#9e9e9e"/><path d="M60 244 L430 134" stroke="#f3a712" stroke-width="6" stroke-dasharray="18 12"/><rect x="300" y="100" width="8" height="150" fill="#555"/><rect x="300" y="96" width="140" height="8" rx="4" fill="#555"/>`,
};

/**
 * A simple placeholder illustration for a landmark (480×300 SVG): a motif for its kind on a pale ground;
 * check-in points carry their number. Used until someone adds a real photo or drawing.
 */
export function illustrationSvg(f: Landmark): string {
  const { motif, ground } = LANDMARK_KIND_REGISTRY[f.properties.kind].illustration;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 300" width="480" height="300">
<rect width="480" height="300" fill="${ground}"/>
${MOTIFS[motif](f)}
</svg>
`;
}
