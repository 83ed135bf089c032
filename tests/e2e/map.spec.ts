import { expect, test, type Page } from '@playwright/test';
import { STATUS_COLOURS } from '../../src/core/style/palette';
import { axeViolations } from '../support/axe';
import { canvasColours } from '../support/canvasColours';
import { holdRequests } from '../support/holdRequests';

const sheet = (page: Page) => page.locator('.cm-sheet');
const summary = (page: Page) => page.locator('.cm-summary');
const checkinPins = (page: Page) => page.locator('.cm-pin-checkin');
const SUMMARY = '地图上显示 62 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。';

async function search(page: Page, query: string) {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
}


test('the map draws 62 buildings coloured by status and the 12 numbered check-in points', async ({ page }) => {
  await page.goto('/');
  await expect(summary(page)).toHaveText(SUMMARY);
  await expect(checkinPins(page)).toHaveCount(12);
  await expect(checkinPins(page).locator('.cm-dot')).toHaveText(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  await expect(page.getByRole('region', { name: '采菱社区互动地图' })).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('示意布局（非测绘）');
  // Leaflet credited in plain words, without its default flag-and-link prefix.
  await expect(page.locator('.leaflet-control-attribution')).toContainText(/^Leaflet/);
  await expect(page.locator('.leaflet-control-attribution').locator('a[href*="leafletjs"], svg')).toHaveCount(0);
  const painted = await canvasColours(page);
  for (const colour of Object.values(STATUS_COLOURS)) expect(painted.has(colour), `canvas shows ${colour}`).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByName('map:drawn').length)).toBe(1);
  expect(await page.locator('img.leaflet-marker-icon[src*="marker-icon"]').count()).toBe(0);
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** After the map has settled: the boxes of the pins shown, and how many building numbers are shown of those in view. */
async function readMap(page: Page) {
  await page.waitForTimeout(400); // labels are laid out on the frame after each move
  await expect(page.locator('.cm-label-pending')).toHaveCount(0);
  const read = await page.evaluate(() => {
    const map = document.querySelector('.cm-map')!.getBoundingClientRect();
    const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    const inMap = (r: DOMRect) => r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
    const pins = [...document.querySelectorAll('.cm-pin:not(.cm-pin-hidden)')].map((p) => ({
      kind: [...p.classList].find((c) => c.startsWith('cm-pin-') && c !== 'cm-pin-moved')!.slice(7),
      dot: box(p.querySelector('.cm-dot')!), inMap: inMap(p.querySelector('.cm-dot')!.getBoundingClientRect()),
    }));
    const controls = [...document.querySelectorAll('.cm .leaflet-control, .cm-top, .cm-layers-button')].map(box);
    const labels = [...document.querySelectorAll('.cm-label-building')];
    const shown = labels.filter((l) => !l.classList.contains('cm-label-hidden')).map((l) => l.firstElementChild!)
      .map((n) => ({ text: n.textContent, box: box(n), inMap: inMap(n.getBoundingClientRect()) }));
    return { pins, controls, labelsInView: labels.length, shown };
  });
  const { shown, ...rest } = read;
  // Numbers shown but not wholly inside the map's box, or partly under a control: cut ("3" for "39").
  const labelsCut = shown.filter((n) => !n.inMap || read.controls.some((c) => overlap(c, n.box))).map((n) => n.text);
  return { ...rest, labelsShown: shown.length, labelsCut };
}

/** With `whole`, the whole community is in view, so every important pin must be in sight; zoomed in, those in view. */
async function expectNothingImportantHidden(page: Page, whole: boolean) {
  await expect(page.locator('.cm-pin-hidden').and(page.locator('.cm-pin-checkin, .cm-pin-pet-area, .cm-pin-celebrity-stairwell'))).toHaveCount(0);
  const { pins, controls, labelsCut } = await readMap(page);
  expect(labelsCut, 'building numbers cut by the map\'s edge or under a control').toEqual([]);
  const checkins = pins.filter((p) => p.kind === 'checkin' && p.inMap);
  for (const c of checkins) {
    expect(controls.filter((box) => overlap(box, c.dot)), `check-in point at ${c.dot.x},${c.dot.y} is under no control or search box`).toEqual([]);
  }
  if (whole) {
    expect(checkins, 'all 12 check-in points in sight').toHaveLength(12);
    expect(pins.filter((p) => p.kind === 'pet-area' && p.inMap), 'the pet area').toHaveLength(1);
    expect(pins.filter((p) => p.kind === 'celebrity-stairwell' && p.inMap), 'the four celebrity stairwells').toHaveLength(4);
  }
  for (const c of checkins) {
    const covering = pins.filter((p) => p !== c && overlap(p.dot, c.dot));
    expect(covering, `check-in point at ${c.dot.x},${c.dot.y} is covered by no other pin`).toEqual([]);
  }
}

test('at the default phone view every check-in point, the pet area and the celebrity stairwells show, with most building numbers; one zoom step in shows every number', async ({ page }) => {
  await page.goto('/');
  await expect(summary(page)).toHaveText(SUMMARY);
  await page.locator('.cm-map').scrollIntoViewIfNeeded();
  await expectNothingImportantHidden(page, true);
  await page.screenshot({ path: 'test-results/screenshots/map-labels-zh.png' });
  const start = await readMap(page);
  expect(start.labelsInView).toBe(62);
  expect(start.labelsShown, `${start.labelsShown} of 62 building numbers shown`).toBeGreaterThanOrEqual(31);
  await expect(page.locator('.leaflet-control-scale-line')).toHaveText(/^\d+ k?m$/);
  await expect(page.getByRole('img', { name: '指北针：地图上方是北' })).toBeVisible();
  await expect(page.locator('.cm-arrow').first()).toBeAttached();

  await page.getByRole('button', { name: '放大' }).click(); // Leaflet's buttons, named in the page's language
  await expect.poll(async () => (await readMap(page)).labelsInView).toBeLessThan(62);
  await expectNothingImportantHidden(page, false);
  const closer = await readMap(page);
  expect(closer.labelsShown, 'every building number in view').toBe(closer.labelsInView);
});

/** Each building number shown: how far its middle is from its own building's anchor and from the nearest other one in
 * view, and whether it overlaps a pin or another label shown. */
async function numbersAndTheirBuildings(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.leaflet-marker-pane')!.getBoundingClientRect();
    // Where Leaflet put each label's marker (its building's anchor), hidden ones too (they are not laid out).
    const all = [...document.querySelectorAll<HTMLElement>('.cm-label-building')].map((el) => {
      const [x, y] = /translate3d\(([-\d.]+)px, ([-\d.]+)px/.exec(el.style.transform)!.slice(1).map(Number) as [number, number];
      return { el, text: el.textContent, at: [pane.x + x, pane.y + y] as const };
    });
    const boxes = [...document.querySelectorAll('.cm-label:not(.cm-label-hidden) span, .cm-pin:not(.cm-pin-hidden) .cm-dot')].map((e) => [e, e.getBoundingClientRect()] as const);
    return all.filter((l) => !l.el.classList.contains('cm-label-hidden')).map((l) => {
      const r = l.el.firstElementChild!.getBoundingClientRect();
      const from = (p: readonly [number, number]) => Math.hypot(p[0] - (r.x + r.width / 2), p[1] - (r.y + r.height / 2));
      const overlaps = boxes.some(([e, b]) => e !== l.el.firstElementChild && r.x < b.right && b.x < r.right && r.y < b.bottom && b.y < r.bottom);
      return { text: l.text, own: from(l.at), other: Math.min(...all.filter((o) => o !== l).map((o) => from(o.at))), overlaps };
    });
  });
}

test('a building number a pin covers moves along its building or against it, never nearer another building, and leaves the road and green names their room', async ({ page }) => {
  await page.goto('/');
  await page.locator('.cm-map').scrollIntoViewIfNeeded();
  const { labelsShown } = await readMap(page);
  expect(labelsShown, `${labelsShown} of 62 building numbers shown`).toBeGreaterThanOrEqual(55);
  const numbers = await numbersAndTheirBuildings(page);
  expect(numbers.filter((n) => n.own >= n.other).map((n) => n.text), 'numbers nearer another building than their own').toEqual([]);
  expect(numbers.filter((n) => n.overlaps).map((n) => n.text), 'numbers over a pin or another label').toEqual([]);
  for (const name of ['南北主路', '西北绿带', '东北绿带']) await expect(page.locator('.cm-label-place:not(.cm-label-hidden) span').getByText(name, { exact: true })).toBeVisible();
});

test('zoomed out past the first view, a building number moves along its building only as far as the building shrank, never nearer another', async ({ page }) => {
  // In 长辈模式 too: its bigger numbers move more often, and at the first view's 20 px one landed on the next building's.
  for (const elder of [false, true]) {
    await page.goto('/');
    if (elder) await page.evaluate(() => localStorage.setItem('elder-mode', 'on'));
    if (elder) await page.reload();
    await page.locator('.cm-map').scrollIntoViewIfNeeded();
    await readMap(page);
    await page.getByRole('button', { name: '缩小' }).click();
    await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
    const { labelsShown } = await readMap(page);
    expect(labelsShown, 'some numbers shown zoomed out').toBeGreaterThan(0);
    const numbers = await numbersAndTheirBuildings(page);
    expect(numbers.filter((n) => n.own >= n.other).map((n) => `${n.text}: ${Math.round(n.own)} px from its building, ${Math.round(n.other)} from another`), elder ? '长辈模式' : 'normal').toEqual([]);
  }
});

test('in 长辈模式 the bigger pins and controls still leave every check-in point in sight, none under the scale bar or search', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
  // The phone's own width, and a narrow one (the English numbers and controls are widest there).
  const phone = page.viewportSize()!;
  for (const [path, width] of [['/', phone.width], ['/en/', phone.width], ['/en/', 360]] as const) {
    await page.setViewportSize({ width, height: phone.height });
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/elder/);
    await expect(checkinPins(page)).toHaveCount(12);
    await page.locator('.cm-map').scrollIntoViewIfNeeded();
    await expectNothingImportantHidden(page, true);
    await page.screenshot({ path: `test-results/screenshots/map-labels-${path === '/' ? 'zh' : 'en'}-elder-${width}.png` });
  }
});

test('in 长辈模式 on a phone, a searched stairwell shows between the search box and its details sheet', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
  await page.goto('/');
  for (const query of ['58-2', '22-3']) {
    await search(page, query);
    await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText(`${query.replace('-', '幢')}单元`);
    await page.waitForTimeout(600); // the view settles after the sheet opens
    const ring = (await page.locator('.cm-highlight').last().boundingBox())!;
    const searchBox = (await page.locator('.cm-top').boundingBox())!;
    const sheetBox = (await sheet(page).boundingBox())!;
    expect(ring.y, `${query}: below the search box`).toBeGreaterThanOrEqual(searchBox.y + searchBox.height);
    expect(ring.y + ring.height, `${query}: above the details sheet`).toBeLessThanOrEqual(sheetBox.y);
    expect(ring.x).toBeGreaterThanOrEqual(0);
    expect(ring.x + ring.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.screenshot({ path: `test-results/screenshots/search-${query}-elder.png` });
  }
});

test('in 长辈模式 the building numbers are larger', async ({ page }) => {
  // A number shown on the map (laid out, not waiting for a zoom); the map may redraw its labels after a move, so each
  // reading finds the one shown then.
  const shown = page.locator('.cm-label-building:not(.cm-label-pending):not(.cm-label-hidden) span').first();
  const fontSize = () => shown.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize)).catch(() => Number.NaN);
  await page.goto('/');
  await expect(shown).toBeVisible();
  await expect.poll(fontSize).toBeGreaterThan(0);
  const normal = await fontSize();
  await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/elder/);
  await expect(shown).toBeVisible();
  await expect.poll(fontSize).toBeGreaterThan(normal);
});

test('tapping building 22 shows its number and its 3 stairwells', async ({ page }) => {
  await page.goto('/');
  await search(page, '22');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('22幢');
  const highlight = page.locator('path.cm-highlight');
  await expect(highlight).toHaveCount(1);
  // Wait until the map has finished moving to the building (the outline stops moving).
  let box = (await highlight.boundingBox())!;
  await expect.poll(async () => {
    const now = (await highlight.boundingBox())!;
    const still = Math.abs(now.x - box.x) < 0.5 && Math.abs(now.y - box.y) < 0.5;
    box = now;
    return still;
  }, { intervals: [200] }).toBe(true);
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(sheet(page)).toHaveCount(0);
  await expect(highlight).toHaveCount(0);
  // Tap the building itself, on the canvas where the highlight outlined it (its west end, clear of the pins at its door).
  await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.35);
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('22幢');
  await expect(sheet(page)).toContainText('楼道数3 个');
  await expect(sheet(page).getByRole('button', { name: /^22幢\d单元$/ })).toHaveCount(3);
  await expect(sheet(page).getByRole('button', { name: '22幢网红楼道' })).toBeVisible();
});

for (const elder of [false, true]) {
  test(`searched, building 22 shows the numbers of its three stairwells, none under its celebrity stairwell's star${elder ? ', in 长辈模式' : ''}`, async ({ page }) => {
    if (elder) await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    await page.goto('/');
    await search(page, '22');
    await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('22幢');
    // Measured in one go, so the labels and pins come from one layout: the numbers shown, left to right, and any that
    // lies under a pin.
    await expect.poll(() => page.evaluate(() => {
      const numbers = [...document.querySelectorAll<HTMLElement>('.cm-label-stairwell:not(.cm-label-hidden):not(.cm-label-pending) span[title^="22-"]')]
        .map((s) => ({ text: s.textContent, box: s.getBoundingClientRect() })).sort((a, b) => a.box.x - b.box.x);
      const dots = [...document.querySelectorAll('.cm-pin:not(.cm-pin-hidden) .cm-dot')].map((d) => d.getBoundingClientRect());
      const under = numbers.filter(({ box: b }) => dots.some((d) => b.left < d.right && d.left < b.right && b.top < d.bottom && d.top < b.bottom));
      return { leftToRight: numbers.map((n) => n.text), underAPin: under.map((n) => n.text) };
    }), { message: 'stairwell numbers shown, in their doors\' order, none under a pin' }).toEqual({ leftToRight: ['1', '2', '3'], underAPin: [] });
  });
}

test('searching 14 and 22-3 focuses and highlights the right feature, other layers stay', async ({ page }) => {
  await page.goto('/');
  await search(page, '14');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('14幢');
  await expect(page).toHaveURL(/\?focus=b14/);
  await search(page, '22幢3单元');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('22幢3单元');
  await expect(sheet(page).getByRole('button', { name: '22幢3单元' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('path.cm-highlight')).toHaveCount(1);
  await expect(summary(page)).toHaveText(SUMMARY);
  await expect(checkinPins(page)).toHaveCount(12);
});

test('a search in English finds a landmark by name, and a miss suggests close matches', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('searchbox').fill('pet tribe');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('Pet Tribe');
  await page.getByRole('searchbox').fill('Tribbe');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(sheet(page)).toHaveCount(0);
  await expect(page.getByText('Nothing found for “Tribbe”. Did you mean:')).toBeVisible();
  await page.getByRole('search').getByRole('button', { name: 'Pet Tribe' }).click();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('Pet Tribe');
});

test('searching 宠物 focuses the pet area, and a second search closes its sheet and lists the four celebrity stairwells', async ({ page }) => {
  await page.goto('/');
  await search(page, '宠物');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('爱宠部落');
  await expect(page).toHaveURL(/\?focus=pet-tribe/);
  await search(page, '网红楼道');
  await expect(sheet(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/focus=/);
  await expect(page.getByRole('search')).toContainText('找到 4 个结果：');
  await expect(page.getByRole('search').getByRole('listitem')).toHaveText(['14幢网红楼道', '18幢网红楼道', '20幢网红楼道', '22幢网红楼道']);
  await page.getByRole('search').getByRole('button', { name: '20幢网红楼道' }).click();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('20幢网红楼道');
  await search(page, '网虹楼道');
  await expect(sheet(page)).toHaveCount(0);
  await expect(page.getByText('没有找到“网虹楼道”。 你是不是要找：')).toBeVisible();
  await expect(page.getByRole('search').getByRole('button', { name: '14幢网红楼道' })).toBeVisible();
});

test('searching dog on the English page finds the pet area', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('searchbox').fill('dog');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('Pet Tribe');
  await expect(page).toHaveURL(/\/en\/\?focus=pet-tribe/);
});

test('an English details sheet names what the one place is: a check-in point, not the list of them', async ({ page }) => {
  await page.goto('/en/?focus=checkin-05');
  await expect(sheet(page).locator('.cm-kind')).toHaveText('Mural check-in point');
});

test('a ?focus= link opens that landmark with its picture, excerpt, story link and WGS 84 directions', async ({ page }) => {
  await page.goto('/?focus=checkin-05');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('山水长卷');
  await expect(sheet(page).getByRole('img')).toHaveAttribute('alt', /插图/);
  await expect(sheet(page).getByRole('link', { name: '阅读完整故事' })).toHaveAttribute('href', '/landmarks/checkin-05/');
  await expect(sheet(page).getByRole('link', { name: '在高德地图中打开' })).toHaveAttribute('href', /coordinate=wgs84/);
  await expect(sheet(page).getByRole('link', { name: '在百度地图中打开' })).toHaveAttribute('href', /coord_type=wgs84/);
  await expect(sheet(page).getByRole('link', { name: '在手机地图中打开' })).toHaveAttribute('href', /^geo:31\.\d+,119\.\d+/);
});

test('an unknown ?focus= id shows the whole map with a gentle message', async ({ page }) => {
  await page.goto('/?focus=no-such-place');
  await expect(page.getByRole('status').filter({ hasText: '没有找到“no-such-place”，现在显示整个社区。' })).toBeVisible();
  await expect(summary(page)).toHaveText(SUMMARY);
  await expect(sheet(page)).toHaveCount(0);
});

test('a layer switch hides and restores a layer, and the URL keeps it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '图层与图例' }).click();
  const checkins = page.getByRole('checkbox', { name: /涂鸦打卡点/ });
  await checkins.uncheck();
  await expect(checkinPins(page)).toHaveCount(0);
  await expect(page).toHaveURL(/hide=checkin/);
  await checkins.check();
  await expect(checkinPins(page)).toHaveCount(12);
  await page.getByRole('checkbox', { name: /尚未改造/ }).uncheck();
  await expect(summary(page)).toHaveText('地图上显示 9 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
  await page.reload();
  await expect(summary(page)).toHaveText('地图上显示 9 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
  await page.getByRole('button', { name: '图层与图例' }).click();
  await expect(page.getByRole('checkbox', { name: /尚未改造/ })).not.toBeChecked();
  await expect(page.getByRole('link', { name: /已完成 7/ })).toHaveAttribute('href', '/buildings/#status-celebrity');
});

test('by keyboard alone: tab to a check-in point, Enter opens it, Escape closes it', async ({ page }) => {
  await page.goto('/');
  await expect(checkinPins(page)).toHaveCount(12);
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('cm-pin-checkin'))) break;
  }
  const name = await page.evaluate(() => document.activeElement?.textContent);
  expect(name).toMatch(/^1彩色迎宾墙$/);
  await page.keyboard.press('Enter');
  const heading = sheet(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('彩色迎宾墙');
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('1彩色迎宾墙');
});

test('story and building pages link to their place on the map', async ({ page }) => {
  await page.goto('/en/buildings/22/');
  await page.getByRole('link', { name: 'Show on the map' }).first().click();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('Building 22');
  await page.goto('/landmarks/pet-tribe/');
  await page.getByRole('link', { name: '在地图上查看' }).click();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('爱宠部落');
});

test('the map page has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/?focus=b22');
  await expect(sheet(page)).toBeVisible();
  expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the text list under the map has all 62 buildings and all 28 landmarks', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-list=buildings] a')).toHaveCount(62);
    await expect(page.locator('[data-list=landmarks] a')).toHaveCount(28);
    await expect(page.getByText('需要 JavaScript')).toBeVisible();
  });
});

test('before Preact has rendered the map, its first frame takes a tap on a check-in point, which opens once the rest has come, and pans', async ({ page }) => {
  // Hold Preact's renderer for the island (@astrojs/preact's client): the first frame is Leaflet alone, drawn as the
  // island's own module ran.
  const release = await holdRequests(page, /\/_astro\/client\.[\w-]+\.js$/);
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0);
  await expect(checkinPins(page)).toHaveCount(12);
  await expect(page.locator('.cm-layers-button')).toHaveCount(0);
  const pin = checkinPins(page).filter({ has: page.locator('.cm-dot', { hasText: /^5$/ }) });
  const name = (await pin.locator('.vh').textContent())!;
  await pin.click();
  // A drag on the map moves it (with the drag, and a little further if Leaflet's inertia carries it on).
  const before = (await pin.boundingBox())!;
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height * 0.7);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 + 40, map.y + map.height * 0.7 + 30, { steps: 5 });
  await page.mouse.up();
  const after = (await pin.boundingBox())!;
  expect(after.x - before.x).toBeGreaterThanOrEqual(38);
  expect(after.y - before.y).toBeGreaterThanOrEqual(28);
  await expect(sheet(page)).toHaveCount(0);
  release();
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(page.getByRole('searchbox')).toBeVisible();
  // One map, in the island's place.
  await expect(page.locator('.leaflet-container')).toHaveCount(1);
  await expect(page.locator('.cm-stage .leaflet-container')).toHaveCount(1);
});
