import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

// Reads the built site (npm run build first), like languages.test.ts.
const CLIENT = 'dist/client';
const htmlOf = (path: string) => readFileSync(join(CLIENT, path, 'index.html'), 'utf8');
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
const landmarkIds = readdirSync(join(CLIENT, 'landmarks')).filter((name) => statSync(join(CLIENT, 'landmarks', name)).isDirectory());
const buildingNumbers = readdirSync(join(CLIENT, 'buildings')).filter((name) => statSync(join(CLIENT, 'buildings', name)).isDirectory());

/** The file an absolute og:image URL names in the build. */
function imageFile(url: string): string {
  const { pathname } = new URL(url);
  return join(CLIENT, pathname);
}

describe('share previews in the built site', () => {
  it('gives every landmark page, in both languages, its own picture of where it is and an absolute address', async () => {
    expect(landmarkIds.length).toBe(28);
    const images = new Set<string>();
    for (const id of landmarkIds) {
      for (const path of [`landmarks/${id}`, `en/landmarks/${id}`]) {
        const html = htmlOf(path);
        const image = meta(html, 'og:image')!;
        expect(image, path).toMatch(/^https?:\/\//);
        expect(existsSync(imageFile(image)), `${path} → ${image}`).toBe(true);
        expect(new URL(image).pathname, path).toBe(`/og/landmarks/${id}.png`);
        images.add(image);
        expect(meta(html, 'og:url'), path).toBe(new URL(`/${path}/`, meta(html, 'og:url')).href);
        expect(meta(html, 'og:type'), path).toBe('article');
        expect(meta(html, 'og:title'), path).toBeTruthy();
        expect(meta(html, 'og:description'), path).toBeTruthy();
        expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
      }
      expect(meta(htmlOf(`landmarks/${id}`), 'og:locale')).toBe('zh_CN');
      expect(meta(htmlOf(`en/landmarks/${id}`), 'og:locale')).toBe('en');
    }
    expect(images.size).toBe(28);
    const { width, height, format } = await sharp(imageFile(meta(htmlOf(`landmarks/${landmarkIds[0]}`), 'og:image')!)).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
  });

  it('gives building pages, the trail and the home page a picture that exists', () => {
    for (const path of [...buildingNumbers.map((n) => `buildings/${n}`), 'trail', '', 'en']) {
      const image = meta(htmlOf(path), 'og:image')!;
      expect(existsSync(imageFile(image)), `/${path} → ${image}`).toBe(true);
    }
    expect(new URL(meta(htmlOf('trail'), 'og:image')!).pathname).toBe('/og/trail.png');
  });

  it('keeps the pictures small: under 3 MB in all', () => {
    const dir = join(CLIENT, 'og');
    const sizes = (d: string): number[] => readdirSync(d).flatMap((n) => statSync(join(d, n)).isDirectory() ? sizes(join(d, n)) : [statSync(join(d, n)).size]);
    const all = sizes(dir);
    expect(all.length).toBe(2 + landmarkIds.length + buildingNumbers.length);
    expect(all.reduce((a, b) => a + b, 0)).toBeLessThan(3_000_000);
  });
});
