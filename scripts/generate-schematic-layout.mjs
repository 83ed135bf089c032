#!/usr/bin/env node
/**
 * Writes the SCHEMATIC layout of 采菱社区 into data/*.geojson.
 *
 * The source article gives counts and statuses but no geometry, so this script lays the
 * 62 buildings out on a tidy grid near 31.79 N, 120.00 E. It is illustrative only: replace
 * the files it writes with surveyed footprints (WGS 84) when they exist, and stop running it.
 *
 * Usage: node scripts/generate-schematic-layout.mjs   (rewrites data/base.geojson,
 * data/buildings.geojson, data/stairwells.geojson, data/landmarks.geojson)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../data/', import.meta.url));
const CENTRE = [120.0, 31.79];
// Metres per degree at 31.79° N (WGS 84 ellipsoid, good to 0.1 % over half a kilometre).
const M_PER_DEG_LAT = 110_880;
const M_PER_DEG_LNG = 94_697;

/** Local metres (x east, y north) → [lng, lat] rounded to 6 decimals (≈ 0.1 m). */
const ll = ([x, y]) => [
  Number((CENTRE[0] + x / M_PER_DEG_LNG).toFixed(6)),
  Number((CENTRE[1] + y / M_PER_DEG_LAT).toFixed(6)),
];
/** Axis-aligned rectangle as a closed, counter-clockwise ring. */
const rect = (cx, cy, w, h) => [
  [cx - w / 2, cy - h / 2], [cx + w / 2, cy - h / 2], [cx + w / 2, cy + h / 2], [cx - w / 2, cy + h / 2], [cx - w / 2, cy - h / 2],
].map(ll);
const polygon = (ring) => ({ type: 'Polygon', coordinates: [ring] });
const point = (xy) => ({ type: 'Point', coordinates: ll(xy) });
const feature = (id, geometry, properties) => ({ type: 'Feature', id, geometry, properties });
const collection = (name, features, extra = {}) => ({
  type: 'FeatureCollection',
  name,
  metadata: {
    schematic: true,
    note: 'Schematic, illustrative layout (not surveyed). WGS 84, [lng, lat]. Replace with surveyed footprints when available.',
    ...extra,
  },
  features,
});
/** One feature per line: small files, readable diffs. */
const write = (file, { features, ...head }) => writeFileSync(
  OUT + file,
  `${JSON.stringify(head, null, 1).replace(/\n}$/, ',\n "features": [\n') + features.map((f) => JSON.stringify(f)).join(',\n')}\n ]\n}\n`,
);

// ---------------------------------------------------------------- base map
const boundaryRing = [[-310, -260], [310, -260], [310, 220], [270, 260], [-310, 260], [-310, -260]].map(ll);
const ROAD_Y = -10; // the east–west main road
const base = [
  feature('boundary', polygon(boundaryRing), { kind: 'boundary', name: { 'zh-CN': '采菱社区', en: 'Cailing Community' } }),
  feature('road-main-ns', { type: 'LineString', coordinates: [[0, -260], [0, 260]].map(ll) }, { kind: 'road', name: { 'zh-CN': '南北主路', en: 'North–south main road' }, widthM: 8 }),
  feature('road-main-ew', { type: 'LineString', coordinates: [[-310, ROAD_Y], [310, ROAD_Y]].map(ll) }, { kind: 'road', name: { 'zh-CN': '东西主路', en: 'East–west main road' }, widthM: 8 }),
  ...[187.5, 132.5, 77.5, -87.5, -142.5, -197.5].map((y, i) =>
    feature(`lane-${i + 1}`, { type: 'LineString', coordinates: [[-300, y], [300, y]].map(ll) }, { kind: 'road', name: { 'zh-CN': `楼间小路${i + 1}`, en: `Lane ${i + 1}` }, widthM: 4 })),
  feature('gate-south', point([0, -260]), { kind: 'gate', name: { 'zh-CN': '南大门（主入口）', en: 'South gate (main entrance)' } }),
  feature('gate-north', point([0, 260]), { kind: 'gate', name: { 'zh-CN': '北门', en: 'North gate' } }),
  feature('gate-east', point([310, ROAD_Y]), { kind: 'gate', name: { 'zh-CN': '东门', en: 'East gate' } }),
  feature('gate-west', point([-310, ROAD_Y]), { kind: 'gate', name: { 'zh-CN': '西门', en: 'West gate' } }),
  feature('green-nw', polygon(rect(-150, 15, 270, 26)), { kind: 'green', name: { 'zh-CN': '西北绿带', en: 'North-west green strip' } }),
  feature('green-ne', polygon(rect(150, 15, 270, 26)), { kind: 'green', name: { 'zh-CN': '东北绿带', en: 'North-east green strip' } }),
  feature('green-sw', polygon(rect(-150, -35, 270, 26)), { kind: 'green', name: { 'zh-CN': '西南绿带', en: 'South-west green strip' } }),
  feature('green-se', polygon(rect(150, -35, 270, 26)), { kind: 'green', name: { 'zh-CN': '东南绿带', en: 'South-east green strip' } }),
  feature('green-central', polygon(rect(46, 50, 64, 36)), { kind: 'green', name: { 'zh-CN': '中心花园', en: 'Central garden' } }),
];

// ---------------------------------------------------------------- buildings
const ROWS_Y = [215, 160, 105, 50, -60, -115, -170, -225];
const COLS_X = [-265, -192, -119, -46, 46, 119, 192, 265];
const RESERVED = { '3,4': 'green-central', '7,7': 'pet-area' };
const DEPTH = 12;
const LEN = { 2: 42, 3: 60 };
const CELEBRITY = [14, 18, 20, 22];
const RENEWED = [19, 21, 42];
const IN_PROGRESS = [12, 13];
const status = (n) => CELEBRITY.includes(n) ? 'celebrity' : RENEWED.includes(n) ? 'renewed' : IN_PROGRESS.includes(n) ? 'in-progress' : 'not-yet';

const buildings = [];
const stairwells = [];
const slots = {};
let number = 0;
ROWS_Y.forEach((y, r) => { COLS_X.forEach((x, c) => {
  if (RESERVED[`${r},${c}`]) return;
  number += 1;
  // 21 two-stairwell buildings: the ones at both ends of a row, and column 4 except its middle rows.
  const units = c === 0 || c === 7 || (c === 3 && r !== 3 && r !== 7) ? 2 : 3;
  const tall = (number >= 9 && number <= 24) || (number >= 40 && number <= 44);
  slots[number] = { x, y, units };
  buildings.push(feature(`b${number}`, polygon(rect(x, y, LEN[units], DEPTH)), {
    number,
    name: { 'zh-CN': `采菱公寓${number}幢`, en: `Cailing Apartments Building ${number}` },
    stairwells: units,
    storeys: tall ? 11 : 6,
    lift: tall,
    status: status(number),
  }));
  for (let u = 1; u <= units; u += 1) {
    // Entrances on the south façade, evenly spaced, unit 1 in the west.
    const ex = x - LEN[units] / 2 + (LEN[units] * (u - 0.5)) / units;
    stairwells.push(feature(`${number}-${u}`, point([ex, y - DEPTH / 2]), {
      building: number,
      unit: u,
      name: { 'zh-CN': `${number}幢${u}单元`, en: `Building ${number}, stairwell ${u}` },
    }));
  }
}); });
if (buildings.length !== 62 || stairwells.length !== 165) throw new Error(`layout gives ${buildings.length} buildings, ${stairwells.length} stairwells`);

// ---------------------------------------------------------------- landmarks
const front = (n, u, dy = -3) => { // a spot just south of stairwell u of building n
  const s = slots[n];
  return [s.x - LEN[s.units] / 2 + (LEN[s.units] * (u - 0.5)) / s.units, s.y - DEPTH / 2 + dy];
};
const name = (zh, en) => ({ 'zh-CN': zh, en });

/** The 12 check-in points in trail order, as vertices of the walkway. */
const CHECKINS = [
  { xy: [-15, -235], name: name('彩色迎宾墙', 'Colourful Welcome Wall'), theme: 'welcome' },
  { xy: [-15, -142.5], name: name('垃圾分类小课堂', 'Waste-Sorting Classroom'), theme: 'sorting' },
  { xy: [-155, -142.5], name: name('亲子井盖花园', 'Family Manhole-Cover Garden'), theme: 'manholes' },
  { xy: [-155, -40], name: name('采菱水乡', 'Caltrop-Picking Water Town'), theme: 'caltrops' },
  { xy: [-192, 77.5], name: name('山水长卷', 'Mountains-and-Rivers Scroll'), theme: 'landscape' },
  { xy: [-85, 77.5], name: name('楼道公约墙', 'Stairwell Convention Wall'), theme: 'convention' },
  { xy: [82, 132.5], name: name('中国风窗花', 'Chinese Paper-Cut Windows'), theme: 'papercut' },
  { xy: [150, 77.5], name: name('乘梯八不要', 'Eight Lift Don\'ts'), theme: 'lift' },
  { xy: [230, 77.5], name: name('邻里守望', 'Neighbours Watching Out'), theme: 'neighbours' },
  { xy: [230, -87.5], name: name('小主人手印墙', 'Little Masters\' Handprints'), theme: 'handprints' },
  { xy: [230, -197.5], name: name('爱宠乐园', 'Pet Friends Mural'), theme: 'pets' },
  { xy: [100, -197.5], name: name('最美邻居墙', 'Best Neighbours Wall'), theme: 'best-neighbours' },
];
// Walkway vertices: the check-in points plus the corners between them.
const WALK = [
  CHECKINS[0].xy, CHECKINS[1].xy, CHECKINS[2].xy, CHECKINS[3].xy, [-155, 77.5], CHECKINS[4].xy, CHECKINS[5].xy,
  [0, 77.5], [0, 132.5], CHECKINS[6].xy, [82, 77.5], CHECKINS[7].xy, CHECKINS[8].xy,
  CHECKINS[9].xy, CHECKINS[10].xy, CHECKINS[11].xy,
];
const landmarks = [];
CHECKINS.forEach((c, i) => {
  const order = i + 1;
  landmarks.push(feature(`checkin-${String(order).padStart(2, '0')}`, point(c.xy), { kind: 'checkin', order, name: c.name }));
});
landmarks.push(feature('walkway', { type: 'LineString', coordinates: WALK.map(ll) }, {
  kind: 'walkway',
  name: name('“采”绘步道', '“Cai” Painted Walkway'),
  stops: CHECKINS.map((_, i) => `checkin-${String(i + 1).padStart(2, '0')}`),
  stepFree: true,
}));
landmarks.push(feature('pet-tribe', polygon(rect(265, -228, 62, 40)), { kind: 'pet-area', name: name('爱宠部落', 'Pet Tribe') }));
for (const n of CELEBRITY) {
  const u = slots[n].units === 3 ? 2 : 1;
  landmarks.push(feature(`celebrity-${n}`, point(front(n, u, 0)), {
    kind: 'celebrity-stairwell', name: name(`${n}幢网红楼道`, `Celebrity Stairwell, Building ${n}`), building: n, stairwell: `${n}-${u}`,
  }));
}
const extra = [
  ['stool-meeting-22', front(22, 3, -8), 'meeting-spot', name('流动小板凳议事点', 'Small-Stool Meeting Spot'), { building: 22, stairwell: '22-3' }],
  ['showcase-board', [20, -40], 'showcase', name('风采栏', 'Volunteer Showcase Board'), {}],
  ['bench-14', front(14, 1, -6), 'bench', name('14幢楼前休闲椅', 'Benches in Front of Building 14'), { building: 14 }],
  ['bench-20', front(20, 2, -6), 'bench', name('20幢楼前休闲椅', 'Benches in Front of Building 20'), { building: 20 }],
  ['bench-42', front(42, 2, -6), 'bench', name('42幢楼前休闲椅', 'Benches in Front of Building 42'), { building: 42 }],
  ['manhole-covers-west', [-170, -142.5], 'manhole', name('彩绘井盖（西）', 'Painted Manhole Covers (west)'), {}],
  ['manhole-covers-central', [-8, 60], 'manhole', name('彩绘井盖（中心花园）', 'Painted Manhole Covers (central garden)'), {}],
  ['ramp-south-gate', [8, -248], 'ramp', name('南门适老坡道', 'Elder-Friendly Ramp, South Gate'), { stepFree: true }],
  ['ramp-central', [-8, -20], 'ramp', name('中心路口适老坡道', 'Elder-Friendly Ramp, Central Crossing'), { stepFree: true }],
  ['ebike-ramp-19', front(19, 1, -4), 'ramp', name('19幢电动车坡道', 'E-Bike Ramp, Building 19'), { building: 19 }],
];
for (const [id, xy, kind, nm, props] of extra) landmarks.push(feature(id, point(xy), { kind, name: nm, ...props }));

write('base.geojson', collection('base', base));
write('buildings.geojson', collection('buildings', buildings));
write('stairwells.geojson', collection('stairwells', stairwells));
write('landmarks.geojson', collection('landmarks', landmarks));
console.log(`wrote ${base.length} base features, ${buildings.length} buildings, ${stairwells.length} stairwells, ${landmarks.length} landmarks`);
