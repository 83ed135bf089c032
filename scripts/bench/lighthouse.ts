import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type LighthouseScores = {
  performance?: number; accessibility?: number; 'best-practices'?: number; seo?: number;
  lcpMs?: number; tbtMs?: number; cls?: number;
};

/**
 * Runs Lighthouse (mobile, its default throttling) on `url` in Debian's Chromium, headless, and returns the
 * category scores (0–100) and LCP / TBT / CLS. With Chromium 156 a few audits error on `frame_sequence`;
 * the category scores still come out.
 */
export async function runLighthouse(url: string, categories = ['performance', 'accessibility', 'best-practices', 'seo']): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    // No full-page screenshot: no score uses it, and it took a second of each run.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true });
    const lhr = result!.lhr;
    const score = (id: string) => (lhr.categories[id]?.score == null ? undefined : Math.round(lhr.categories[id]!.score! * 100));
    return {
      performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue, tbtMs: lhr.audits['total-blocking-time']?.numericValue, cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    };
  } finally {
    await chrome.kill();
  }
}
