import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards } from '../../build/shareCards';
import { sharePng } from '../../build/sharePng';

/** The share preview pictures (`og:image`), 1200 × 630 PNGs rendered from SVG at build time. */
export const getStaticPaths = (async () =>
  (await shareCards()).map((c) => ({ params: { card: c.name }, props: { svg: c.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await sharePng((props as { svg: string }).svg)), { headers: { 'Content-Type': 'image/png' } });
