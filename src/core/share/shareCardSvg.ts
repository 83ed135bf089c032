/** Size of a share preview picture (Open Graph's recommended 1.91:1), in pixels. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

// The band in the site's colour along the bottom, in pixels; the map fills the card above it.
const BAND = 24;

export type ShareCardInput = {
  /** A static map (`staticMapSvg`), centred on the place when there is a pin; it fills the card. */
  mapSvg: string;
  /** Colour of the large pin at the card's centre (the landmark kind's colour); no pin when absent. */
  pin?: string;
  /** The site's colour, for the band along the bottom. */
  accent: string;
  /** Ground colour around the map, where it does not reach the card's edges. */
  ground: string;
  /** `cover` (the default) fills the card, cropping the map's edges; `contain` shows the whole map. */
  fit?: 'cover' | 'contain';
};

/**
 * A share preview picture as SVG: the map filling the card, a large pin at its centre and a band in the
 * site's colour. It holds no text, so it renders the same on any machine, with or without CJK fonts: the
 * place's name travels in `og:title` beside the picture.
 * @example shareCardSvg({ mapSvg: '<svg viewBox="0 0 10 5"></svg>', accent: '#b3261e', ground: '#f3efe6' }).startsWith('<svg')
 */
export function shareCardSvg(c: ShareCardInput): string {
  const { width: w, height: h } = SHARE_CARD;
  // The nested map keeps its viewBox and is scaled to the card (less the band), so its centre stays at the card's centre.
  const fit = c.fit === 'contain' ? 'meet' : 'slice';
  const mapHeight = h - BAND;
  const map = c.mapSvg.replace(/^<svg /, `<svg x="0" y="0" width="${w}" height="${mapHeight}" preserveAspectRatio="xMidYMid ${fit}" `)
    .replace(/<title>[\s\S]*?<\/title>/, '').replace(/<text[^>]*>[\s\S]*?<\/text>/g, '');
  const cx = w / 2;
  const cy = mapHeight / 2;
  // A 120 px teardrop whose tip touches the place: big enough to read in a chat list's thumbnail.
  const pin = c.pin
    ? `<g><ellipse cx="${cx}" cy="${cy}" rx="26" ry="9" fill="#000" opacity=".2"/><path d="M${cx} ${cy}C${cx - 18} ${cy - 40} ${cx - 52} ${cy - 62} ${cx - 52} ${cy - 100}A52 52 0 1 1 ${cx + 52} ${cy - 100}C${cx + 52} ${cy - 62} ${cx + 18} ${cy - 40} ${cx} ${cy}Z" fill="${c.pin}" stroke="#fff" stroke-width="6"/><circle cx="${cx}" cy="${cy - 100}" r="20" fill="#fff"/></g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${c.ground}"/>${map}${pin}<rect y="${mapHeight}" width="${w}" height="${BAND}" fill="${c.accent}"/></svg>`;
}
