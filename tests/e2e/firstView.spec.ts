import { expect, test, type Page } from '@playwright/test';
import { STATUS_COLOURS } from '../../src/core/style/palette';

/**
 * Issue 16: the home page's HTML carries the map (an SVG first view), drawn as Leaflet will first show it, so the
 * map is there before any JavaScript, and nothing moves when Leaflet takes over.
 */
const PHONE = { width: 390, height: 844 };
const BUILDING_OUTLINE = 'stroke="#3b3530"';

/** Each building of the first view as drawn on screen: its box in px and its fill colour (from the SVG's own transform). */
async function staticBuildings(page: Page) {
  return page.locator('.cm-static-svg').evaluate((svg: SVGSVGElement, outline: string) => {
    const m = svg.getScreenCTM()!;
    const out: { left: number; right: number; top: number; bottom: number; fill: string }[] = [];
    for (const path of svg.querySelectorAll('path')) {
      if (!path.outerHTML.includes(outline)) continue;
      for (const sub of path.getAttribute('d')!.split('z').filter(Boolean)) {
        // "M x y l dx dy l dx dy …": absolute start, then relative steps.
        const nums = sub.replace(/[Ml]/g, ' ').trim().split(/\s+/).map(Number);
        let [x, y] = [nums[0]!, nums[1]!];
        const xs = [x];
        const ys = [y];
        for (let i = 2; i < nums.length; i += 2) { x += nums[i]!; y += nums[i + 1]!; xs.push(x); ys.push(y); }
        const at = (px: number, py: number) => new DOMPoint(px, py).matrixTransform(m);
        const a = at(Math.min(...xs), Math.min(...ys));
        const b = at(Math.max(...xs), Math.max(...ys));
        out.push({ left: a.x, top: a.y, right: b.x, bottom: b.y, fill: path.getAttribute('fill')! });
      }
    }
    return out;
  }, BUILDING_OUTLINE);
}

/** Centres of the numbered check-in marks, by number. */
async function centres(page: Page, selector: string) {
  const all = await page.locator(selector).evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { n: el.textContent!.replace(/\D/g, ''), x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }));
  return Object.fromEntries(all.map((c) => [c.n, c]));
}

test.describe('the home page map before its JavaScript', () => {
  test.use({ viewport: PHONE });

  test('with JavaScript off, shows the SVG map: 62 building shapes, the 12 check-in numbers, no loading box', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/');
    const svg = page.locator('.cm-static-svg');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('role', 'img');
    expect(await svg.getAttribute('aria-label')).toContain('采菱社区');
    const html = await svg.evaluate((s) => s.outerHTML);
    const outlines = [...html.matchAll(/<path d="([^"]*)"[^>]*stroke="#3b3530"/g)].map((m) => m[1]!.split('z').filter(Boolean).length);
    expect(outlines.reduce((a, b) => a + b, 0)).toBe(62);
    // Each status colour the data has is drawn.
    for (const colour of Object.values(STATUS_COLOURS)) expect(html).toContain(`fill="${colour}"`);
    await expect(page.locator('.cm-static-pin')).toHaveText(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    // Every check-in number is inside the map's box.
    const box = (await page.locator('.cm-static').boundingBox())!;
    for (const pin of await page.locator('.cm-static-pin').all()) {
      const p = (await pin.boundingBox())!;
      expect(p.x).toBeGreaterThanOrEqual(box.x);
      expect(p.x + p.width).toBeLessThanOrEqual(box.x + box.width);
    }
    // Building numbers that fit beside the pins on a phone.
    await expect(page.locator('.cm-static-label').filter({ hasText: /^1$/ })).toBeVisible();
    expect(await page.locator('.cm-static-label').count()).toBeGreaterThanOrEqual(20);
    await expect(page.getByText('地图加载中')).toHaveCount(0);
    await expect(page.locator('.cm-static-note')).toBeVisible();
    // The map data's credit, as on the live map, without naming a library that is not running.
    const credit = page.locator('.cm-static-credit');
    await expect(credit).toBeVisible();
    await expect(credit).toHaveText(/^地图数据：.*CC BY 4\.0$/, { useInnerText: true });
    await context.close();
  });

  for (const elder of [false, true]) test(`Leaflet takes over without moving anything: same box, check-in points and building corners within 2 px${elder ? ', in elder mode' : ''}`, async ({ page }) => {
    if (elder) await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    // Hold Leaflet (the page's first frame and the island both need it) until the first view has been measured.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await page.route(/\/_astro\/[\w.-]+\.js$/, async (route) => {
      const response = await route.fetch();
      if ((await response.text()).includes('"1.9.4"')) await held;
      await route.fulfill({ response });
    });
    // (Not until 'load': the page's scripts wait for Leaflet.)
    await page.goto('/', { waitUntil: 'commit' });
    // Measured as painted: a layout read before the style sheets are in would see the page without them (the body's
    // 8 px margin; it happened once in a clean-clone run under load).
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await expect(page.locator('.cm-static-svg')).toBeVisible();
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    const staticBox = (await page.locator('.cm-static').boundingBox())!;
    const pinsBefore = await centres(page, '.cm-static-pin');
    const buildings = await staticBuildings(page);
    expect(buildings).toHaveLength(62);
    const creditBefore = (await page.locator('.cm-static-credit').boundingBox())!;
    const creditText = await page.locator('.cm-static-credit .cm-static-js').textContent();

    release();
    await page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0);
    await expect(page.locator('[data-first-view]')).toHaveCount(0);
    const mapBox = (await page.locator('.cm-map').boundingBox())!;
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(mapBox[k] - staticBox[k]), `map box ${k}`).toBeLessThanOrEqual(0.5);
    // The credit line reads and sits as before (the page's largest text: had it grown, the page would count as painted later).
    const attribution = page.locator('.leaflet-control-attribution');
    expect(await attribution.textContent()).toBe(creditText);
    const creditAfter = (await attribution.boundingBox())!;
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(creditAfter[k] - creditBefore[k]), `credit ${k}`).toBeLessThanOrEqual(0.5);

    const pinsAfter = await centres(page, '.cm-pin-checkin');
    expect(Object.keys(pinsAfter).sort()).toEqual(Object.keys(pinsBefore).sort());
    for (const [n, p] of Object.entries(pinsBefore)) {
      expect(Math.abs(pinsAfter[n]!.x - p.x), `check-in ${n}, x`).toBeLessThanOrEqual(2);
      expect(Math.abs(pinsAfter[n]!.y - p.y), `check-in ${n}, y`).toBeLessThanOrEqual(2);
    }

    // Building edges on Leaflet's canvas: from each building's middle, walk out until the fill colour ends.
    const sample = [buildings[0]!, buildings[Math.floor(buildings.length / 2)]!, buildings.at(-1)!];
    const edges = await page.locator('.leaflet-overlay-pane canvas').first().evaluate((c: HTMLCanvasElement, bs) => {
      const r = c.getBoundingClientRect();
      const k = c.width / r.width;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const hex = (x: number, y: number) => {
        const i = (Math.round((y - r.top) * k) * c.width + Math.round((x - r.left) * k)) * 4;
        return `#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      };
      return bs.map((b) => {
        const [cx, cy] = [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
        const walk = (dx: number, dy: number) => { let t = 0; while (t < 200 && hex(cx + dx * (t + 0.25), cy + dy * (t + 0.25)) === b.fill) t += 0.25; return t; };
        return { centre: hex(cx, cy), left: cx - walk(-1, 0), right: cx + walk(1, 0), top: cy - walk(0, -1), bottom: cy + walk(0, 1) };
      });
    }, sample);
    sample.forEach((b, i) => {
      const e = edges[i]!;
      expect(e.centre, `building ${i} is drawn where the SVG drew it`).toBe(b.fill);
      // The fill ends where the 1 px outline begins: within 2 px of the SVG's corner coordinates.
      for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(Math.abs(e[side] - b[side]), `building ${i}, ${side}`).toBeLessThanOrEqual(2);
    });
  });
});

test.describe('the home page map as its JavaScript arrives', () => {
  for (const width of [390, 360]) {
    for (const elder of [false, true]) {
      for (const lang of ['zh', 'en']) {
        test(`from the first paint until the map is all there, nothing on the ${lang} page moves, ${width} px wide${elder ? ', in elder mode' : ''}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 844 });
          await page.addInitScript((on) => {
            if (on) localStorage.setItem('elder-mode', 'on');
            const w = window as unknown as { shifts: { value: number; what: string[] }[] };
            w.shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
                w.shifts.push({ value: e.value, what: e.sources.map((s) => (s.node instanceof Element ? s.node.className : String(s.node?.nodeName))) });
              }
            }).observe({ type: 'layout-shift', buffered: true });
          }, elder);
          await page.goto(lang === 'zh' ? '/' : '/en/');
          // The map's last parts: the search box, and the building numbers laid out; then two frames for any shift to be reported.
          await expect(page.getByRole('searchbox')).toBeVisible();
          await expect(page.locator('.cm-label-building')).not.toHaveCount(0);
          await expect(page.locator('.cm-label-pending')).toHaveCount(0);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
        });
      }
    }
  }
});
