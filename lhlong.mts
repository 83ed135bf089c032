import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2]!;
for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r!.lhr.audits;
console.log('score', r!.lhr.categories.performance!.score, 'tbt', a['total-blocking-time']!.numericValue, 'fcp', a['first-contentful-paint']!.numericValue, 'lcp', a['largest-contentful-paint']!.numericValue);
for (const it of ((a['long-tasks']!.details as any)?.items ?? [])) console.log('  long', Math.round(it.startTime), Math.round(it.duration), it.url);
const bd = (a['bootup-time']!.details as any)?.items ?? []; for (const it of bd.slice(0, 5)) console.log('  boot', it.url, Math.round(it.total), Math.round(it.scripting));
await chrome.kill();
}
