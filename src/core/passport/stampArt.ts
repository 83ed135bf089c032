/**
 * A round rubber-stamp picture for check-in point `order` of `total`, as SVG: a double ring, the number,
 * and a small flower; each point gets its own ink colour around the colour wheel.
 * @example stampArt(5, 12).includes('>5<')
 */
export function stampArt(order: number, total: number, label: string): string {
  const hue = Math.round(((order - 1) / Math.max(1, total)) * 330);
  const ink = `hsl(${hue} 70% 38%)`;
  const petals = Array.from({ length: 6 }, (_, i) => {
    const a = (i * Math.PI) / 3;
    return `<circle cx="${(50 + 9 * Math.cos(a)).toFixed(1)}" cy="${(78 + 9 * Math.sin(a) * 0.6).toFixed(1)}" r="3.2" fill="${ink}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="${label}"><g transform="rotate(${(order * 37) % 24 - 12} 50 50)" opacity=".92"><circle cx="50" cy="50" r="45" fill="none" stroke="${ink}" stroke-width="5"/><circle cx="50" cy="50" r="37" fill="none" stroke="${ink}" stroke-width="2"/><text x="50" y="60" text-anchor="middle" font-size="34" font-weight="800" fill="${ink}" font-family="system-ui,sans-serif">${order}</text>${petals}</g></svg>`;
}
