/**
 * `npm run bench`: weight, speed and scale, measured on this machine against the local server and headless
 * Chromium. Prints one table, writes bench/results.json, and puts the table in the README's Performance
 * section. Not part of `npm test` (several minutes; machines are noisy): medians of several runs, ratios.
 *   BENCH_QUICK=1 npm run bench   fewer runs, no 1,000× map and no 2,000-story build (for a smoke check)
 *   BENCH_ONLY=map,lighthouse      only these parts (weights, lighthouse, map, server, builds); BENCH_RUNS=5 runs each
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../findChromium.mjs';
import { startServer } from '../lib/startServer';
import { buildScale, type BuildResult } from './buildScale';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { measureDraw, SCALES, writeMapPages, type DrawResult } from './mapScale';
import { pageWeight, type Weight } from './pageWeight';
import { serverLoad, type LoadResult } from './serverLoad';

const quick = Boolean(process.env.BENCH_QUICK);
const RUNS = Number(process.env.BENCH_RUNS) || (quick ? 1 : 3);
const only = process.env.BENCH_ONLY?.split(',');
const part = (name: string) => !only || only.includes(name);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN; };
const chrome = findChromium();
if (!chrome) process.exit(1);
process.env.CHROME_PATH = chrome;

console.log('▶ building the site');
// Through the checkout's build lock, as every build here is: a server of yours on this checkout may be rebuilding.
execFileSync(process.execPath, ['src/server/lockedBuild.mjs'], { stdio: 'ignore' });
await writeMapPages('dist/client');
const server = await startServer({ SUBMIT_RATE_LIMIT: '10000000/60', SUBMIT_MIN_FILL_MS: '0' });
const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

type MapRow = { scale: number | 'home' | 'home-floor'; buildings: number; renderer: string; cpu: number; ours: DrawResult; plain: DrawResult; ratio: number; visibleRatio: number };
/** A row's page, in the table and the log. */
const rowName = (scale: MapRow['scale'], buildings: number) => (scale === 'home' ? 'home page (62)' : scale === 'home-floor' ? 'home page, plain Leaflet in place of our scripts' : `${buildings.toLocaleString('en')} buildings`);

const results: {
  machine: { date: string; cpu: string; cores: number; memoryGiB: number; node: string; chromium: string; runs: number }; weights: Record<string, Weight>; lighthouse: Record<string, LighthouseScores>;
  mapScale: MapRow[];
  builds: BuildResult[]; server: LoadResult[];
} = {
  machine: { date: new Date().toISOString(), cpu: cpus()[0]?.model ?? '?', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: browserVersion(), runs: RUNS },
  weights: {}, lighthouse: {}, mapScale: [], builds: [], server: [],
};

try {
  if (part('weights')) console.log('▶ weight per page type');
  const PAGES: Record<string, string> = { map: '/', story: '/landmarks/checkin-05/', building: '/buildings/22/', trail: '/trail/', 'check-in': '/checkin/checkin-05/', passport: '/passport/', submit: '/submit/' };
  for (const [name, path] of Object.entries(PAGES)) if (part('weights')) results.weights[name] = await pageWeight(browser, `${server.url}${path}`);

  if (part('lighthouse')) console.log('▶ Lighthouse (mobile)');
  for (const path of part('lighthouse') ? ['/', '/landmarks/checkin-05/', '/trail/', '/submit/'] : []) {
    const runs: LighthouseScores[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await runLighthouse(`${server.url}${path}`));
    // A run whose audits errored (Chromium 156's `frame_sequence`) has no score for that category: the median is of the
    // runs that have one, and the log says how many had none.
    const pick = (k: keyof LighthouseScores) => median(runs.flatMap((r) => (r[k] == null ? [] : [r[k]])));
    console.log(`  ${path}: performance ${runs.map((r) => r.performance ?? 'none').join(', ')}`);
    results.lighthouse[path] = { performance: pick('performance'), accessibility: pick('accessibility'), 'best-practices': pick('best-practices'), seo: pick('seo'), lcpMs: pick('lcpMs'), tbtMs: pick('tbtMs'), cls: pick('cls') };
  }

  if (part('map')) console.log('▶ map scale: our island vs plain Leaflet, runs alternating');
  const summarise = (all: DrawResult[]): DrawResult => ({
    visibleMs: median(all.map((r) => r.visibleMs)), drawnMs: median(all.map((r) => r.drawnMs)),
    frameMedianMs: median(all.map((r) => r.frameMedianMs)), frameP95Ms: median(all.map((r) => r.frameP95Ms)),
  });
  // Ours and the floor one after the other, run by run, so both see the same machine load.
  const sideBySide = async (urls: string[], runs: number, cpu: number) => {
    const all: DrawResult[][] = urls.map(() => []);
    for (let i = 0; i < runs; i += 1) for (const [k, url] of urls.entries()) all[k]!.push(await measureDraw(browser, url, cpu));
    return all.map(summarise);
  };
  const record = (scale: MapRow['scale'], buildings: number, renderer: string, cpu: number, ours: DrawResult, plain: DrawResult) => {
    results.mapScale.push({ scale, buildings, renderer, cpu, ours, plain, ratio: ours.drawnMs / plain.drawnMs, visibleRatio: ours.visibleMs / plain.drawnMs });
    console.log(`  ${rowName(scale, buildings)}, ${renderer}, cpu ${cpu}×: ours visible ${ours.visibleMs.toFixed(0)} ms, drawn ${ours.drawnMs.toFixed(0)} ms; plain ${plain.drawnMs.toFixed(0)} ms`);
  };
  // The home page three ways: ours; the same built page with plain Leaflet in place of our scripts (what the page
  // itself costs: its HTML, styles, text and first view); and the bare plain Leaflet page.
  if (part('map')) {
    for (const cpu of [1, 4]) {
      const [ours, floor, plain] = await sideBySide([`${server.url}/`, `${server.url}/bench/floor-home-canvas.html`, `${server.url}/bench/plain-home-canvas.html`], RUNS, cpu);
      record('home', 62, 'canvas', cpu, ours!, plain!);
      record('home-floor', 62, 'canvas', cpu, floor!, plain!);
    }
  }
  for (const scale of part('map') ? SCALES.filter((s) => !quick || s < 1000) : []) {
    for (const [renderer, cpu] of [['canvas', 1], ['svg', 1], ['canvas', 4]] as const) {
      if (renderer === 'svg' && scale === 1000) continue; // 62,000 SVG paths: minutes per run, and no one would ship it
      const runs = scale === 1000 ? Math.min(RUNS, 3) : RUNS;
      const [ours, plain] = await sideBySide([`${server.url}/bench/map-${scale}-${renderer}.html`, `${server.url}/bench/plain-${scale}-${renderer}.html`], runs, cpu);
      record(scale, 62 * scale, renderer, cpu, ours!, plain!);
    }
  }

  if (part('server')) {
    console.log('▶ submission server under load (10 clients)');
    results.server.push(await serverLoad(server, false, quick ? 5 : 10));
    results.server.push(await serverLoad(server, true, quick ? 5 : 10));
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync('dist/client/bench', { recursive: true, force: true });
}

if (part('builds')) console.log('▶ build scale');
for (const stories of !part('builds') ? [] : quick ? [20, 200] : [20, 200, 2000]) {
  results.builds.push(buildScale(stories));
  console.log(`  ${stories} stories: ${results.builds.at(-1)!.seconds.toFixed(1)} s`);
}
rmSync('.bench', { recursive: true, force: true });

const table = renderTable(results);
console.log(`\n${table}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
if (!quick && !only && existsSync('README.md')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
}

/** Chromium's version, as its binary reports it (Debian's wrapper script may add noise on stderr). */
function browserVersion(): string {
  try { return execFileSync(chrome!, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'Chromium'; }
}

function renderTable(r: typeof results): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const lines: string[] = [];
  lines.push(`Measured ${String(r.machine.date).slice(0, 10)} on ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGiB} GiB), Node ${r.machine.node}, ${r.machine.chromium}; medians of ${r.machine.runs} runs.`, '');
  lines.push('**Weight on first load** (KB, gzip; no tile server)', '', '| page | JS | CSS | HTML | data | fonts | images | transferred (br) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, w] of Object.entries(r.weights)) lines.push(`| ${name} | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.html)} | ${kb(w.data)} | ${kb(w.font)} | ${kb(w.image)} | ${kb(w.transferred)} |`);
  lines.push('', '**Lighthouse 12.2.3, mobile** (median)', '', '| page | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [path, s] of Object.entries(r.lighthouse)) lines.push(`| ${path} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${Math.round(s.lcpMs ?? 0)} | ${Math.round(s.tbtMs ?? 0)} | ${(s.cls ?? 0).toFixed(3)} |`);
  lines.push('', '**Map**: navigation → map visible (ours: first paint, the SVG first view; plain Leaflet: its draw) and → interactive (`map:drawn`), ms, runs alternating ours / plain; pan frame time median / p95, ms', '', '| page | renderer | CPU | ours visible | ours `map:drawn` | plain Leaflet drawn | visible ratio | drawn ratio | ours pan | plain pan |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const m of r.mapScale) lines.push(`| ${rowName(m.scale, m.buildings)} | ${m.renderer} | ${m.cpu}× | ${m.ours.visibleMs.toFixed(0)} | ${m.ours.drawnMs.toFixed(0)} | ${m.plain.drawnMs.toFixed(0)} | ${m.visibleRatio.toFixed(2)}× | ${m.ratio.toFixed(2)}× | ${m.ours.frameMedianMs.toFixed(1)} / ${m.ours.frameP95Ms.toFixed(1)} | ${m.plain.frameMedianMs.toFixed(1)} / ${m.plain.frameP95Ms.toFixed(1)} |`);
  lines.push('', '**Build scale** (`astro build`, 4 GB heap cap)', '', '| stories | seconds | peak memory MiB |', '| ---: | ---: | ---: |');
  for (const b of r.builds) lines.push(`| ${b.stories.toLocaleString('en')} | ${b.seconds.toFixed(1)}${b.ok ? '' : ' (failed)'} | ${b.peakMiB?.toFixed(0) ?? '–'} |`);
  lines.push('', '**Submission server**, 10 concurrent clients on 127.0.0.1 (autocannon)', '', '| body | req/s | p50 ms | p99 ms | 201s counted | rows written | lost |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.server) lines.push(`| ${s.kind} | ${s.rps.toFixed(0)} | ${s.p50Ms} | ${s.p99Ms} | ${s.created} | ${s.rows} | ${Math.max(0, s.created - s.rows)} |`);
  return lines.join('\n');
}
