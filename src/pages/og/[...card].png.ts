import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { shareCards } from '../../build/shareCards';

/** The share preview pictures (`og:image`), 1200 × 630 PNGs rendered from SVG at build time. */
export const getStaticPaths = (async () =>
  (await shareCards()).map((c) => ({ params: { card: c.name }, props: { svg: c.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // A palette PNG: the cards are flat map colours, so 256 colours keep them small and sharp.
  const png = await sharp(Buffer.from((props as { svg: string }).svg)).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
