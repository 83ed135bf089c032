import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export type Weight = Record<'js' | 'css' | 'html' | 'data' | 'font' | 'image', number> & { transferred: number };

/**
 * What a first visit to `url` downloads, by kind, in gzip bytes (each response body gzipped at level 9, as
 * the server's precompressed .gz files are), plus the bytes actually transferred (the server prefers
 * Brotli). No tile server; a fresh browser context, so nothing is cached.
 */
export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const weight: Weight = { js: 0, css: 0, html: 0, data: 0, font: 0, image: 0, transferred: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (r) => pending.push((async () => {
    const body = await r.body().catch(() => undefined);
    if (!body) return;
    const type = r.request().resourceType();
    const kind: keyof Omit<Weight, 'transferred'> = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : type === 'font' ? 'font' : type === 'image' ? 'image' : 'data';
    weight[kind] += gzipSync(body, { level: 9 }).length;
    // The body's length as sent (compressed, when the server compressed it): its Content-Length, which the static
    // server always gives; for a page rendered on request (sent in chunks, compressed on the fly), what the browser
    // counted once it had it all (`request.sizes()`, which can say 0 before then).
    const sent = Number((await r.allHeaders())['content-length']);
    await r.finished();
    const counted = Number.isFinite(sent) && sent > 0 ? sent : (await r.request().sizes()).responseBodySize;
    weight.transferred += counted > 0 ? counted : body.length;
  })()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await Promise.all(pending);
  // Inline scripts are JavaScript too (Astro's island loader on map pages): count them under js, not html.
  const inline = (await page.evaluate(`[...document.querySelectorAll('script:not([src])')].filter((s) => !s.type.includes('json')).map((s) => s.textContent || '').join('')`)) as string;
  if (inline) { const g = gzipSync(Buffer.from(inline), { level: 9 }).length; weight.js += g; }
  await context.close();
  return weight;
}
