import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommunitySource } from '../../community/readCommunitySource';
import { checkCommunity, type CommunitySource } from './checkCommunity';
import { formatProblem } from './problem';

const TINY = resolve('tests/fixtures/tiny');
type Position = number[];
/** A GeoJSON feature as the tests edit it; `C` is its coordinates' shape where a test reaches into them. */
interface Feature<C = unknown> {
  type: 'Feature';
  id?: string;
  geometry: { type: string; coordinates: C };
  properties: { name: Record<string, string>; [key: string]: unknown };
}
interface FeatureCollection { type: string; features: Feature[] }
interface CommunityJson { totals: Record<string, number>; [key: string]: unknown }
interface FileJson { community: CommunityJson; base: FeatureCollection; buildings: FeatureCollection; stairwells: FeatureCollection; landmarks: FeatureCollection }
type FileKey = keyof FileJson;

/** The tiny fixture community with one file's JSON changed by `edit`. */
function tinyWith<K extends FileKey>(key: K, edit: (json: FileJson[K]) => void): CommunitySource {
  const src = readCommunitySource(TINY);
  const json = JSON.parse(src[key].text) as FileJson[K];
  edit(json);
  return { ...src, [key]: { ...src[key], text: JSON.stringify(json) } };
}
const lines = (src: CommunitySource) => checkCommunity(src).map(formatProblem);
const feature = <C = unknown>(json: FeatureCollection, id: string) => json.features.find((f) => f.id === id)! as Feature<C>;

describe('checkCommunity on good data', () => {
  it('finds nothing wrong with the tiny fixture community', () => {
    expect(lines(readCommunitySource(TINY))).toEqual([]);
  });
  it('finds nothing wrong with the Cailing data and stories (62 buildings, 165 stairwells, 12 check-in points)', () => {
    expect(lines(readCommunitySource(resolve('.')))).toEqual([]);
  });
});

// One bad fixture per rule: the tiny community with one thing broken, and the line check:data must print.
const BAD: [rule: string, src: () => CommunitySource, expected: string][] = [
  ['invalid JSON', () => ({ ...readCommunitySource(TINY), buildings: { path: 'data/buildings.geojson', text: '{"type": "FeatureCollection",' } }), 'data/buildings.geojson: -: not valid JSON'],
  ['not a FeatureCollection', () => tinyWith('buildings', (j) => { j.type = 'Feature'; }), 'data/buildings.geojson: -: must be a GeoJSON FeatureCollection'],
  ['ring not closed', () => tinyWith('buildings', (j) => { feature<Position[][]>(j, 'b2').geometry.coordinates[0]!.pop(); feature<Position[][]>(j, 'b2').geometry.coordinates[0]!.push([121.5, 31.2]); }), 'data/buildings.geojson: b2: ring not closed'],
  ['winding', () => tinyWith('buildings', (j) => { feature<Position[][]>(j, 'b2').geometry.coordinates[0]!.reverse(); }), 'data/buildings.geojson: b2: outer ring must be counter-clockwise'],
  ['outline crossing itself', () => tinyWith('buildings', (j) => { const r = feature<Position[][]>(j, 'b2').geometry.coordinates[0]!; [r[1], r[2]] = [r[2]!, r[1]!]; }), 'data/buildings.geojson: b2: outline crosses itself at 121.5005'],
  ['coordinate range', () => tinyWith('landmarks', (j) => { const c = feature<Position>(j, 'mural-a').geometry.coordinates; feature<Position>(j, 'mural-a').geometry.coordinates = [c[1]!, 200]; }), 'data/landmarks.geojson: mural-a: point: [31.20018, 200] out of range (is it [lat, lng]?)'],
  ['precision', () => tinyWith('landmarks', (j) => { feature<Position>(j, 'mural-a').geometry.coordinates[0]! += 0.00000012; }), 'data/landmarks.geojson: mural-a: point: ['],
  ['missing id', () => tinyWith('landmarks', (j) => { delete j.features[0]!.id; }), 'data/landmarks.geojson: #0: needs a string "id"'],
  ['duplicate id in a file', () => tinyWith('buildings', (j) => { j.features.push(structuredClone(j.features[0]!)); }), 'data/buildings.geojson: b1: duplicate id'],
  ['duplicate id across files', () => tinyWith('landmarks', (j) => { j.features[0]!.id = 'gate-1'; }), 'data/landmarks.geojson: gate-1: duplicate id (also in data/base.geojson)'],
  ['schema: building id must match number', () => tinyWith('buildings', (j) => { feature(j, 'b3').properties.number = 7; }), 'data/buildings.geojson: b3: id: id must be "b7"'],
  ['schema: unknown status', () => tinyWith('buildings', (j) => { feature(j, 'b3').properties.status = 'done'; }), 'data/buildings.geojson: b3: properties.status: Invalid enum value'],
  ['missing translation', () => tinyWith('landmarks', (j) => { delete feature(j, 'mural-b').properties.name.en; }), 'data/landmarks.geojson: mural-b: name: missing en'],
  ['gallery picture missing', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').properties.gallery = [{ file: 'mural-b-2.jpg', alt: { 'zh-CN': '照片', en: 'Photo' } }]; }), 'data/landmarks.geojson: mural-b: gallery[0]: picture "mural-b-2.jpg" not found in content/images'],
  ['gallery alt text missing a language', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').properties.gallery = [{ file: 'mural-a.svg', alt: { 'zh-CN': '插图' } }]; }), 'data/landmarks.geojson: mural-b: gallery[0].alt: missing en'],
  ['gallery picture twice', () => tinyWith('landmarks', (j) => { const p = { file: 'mural-a.svg', alt: { 'zh-CN': '插图', en: 'Drawing' } }; feature(j, 'mural-b').properties.gallery = [p, p]; }), 'data/landmarks.geojson: mural-b: properties.gallery.1.file: mural-a.svg is in the gallery twice'],
  ['painter given by name, not role', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').properties.paintedBy = ['张三']; }), 'data/landmarks.geojson: mural-b: properties.paintedBy.0: Invalid enum value'],
  ['unknown mural state', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').properties.state = 'broken'; }), 'data/landmarks.geojson: mural-b: properties.state: Invalid enum value'],
  ['painted date not a date', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').properties.painted = 'spring 2021'; }), 'data/landmarks.geojson: mural-b: properties.painted: a year, year-month or date such as 2021, 2021-08 or 2021-08-30'],
  ['outside the boundary', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').geometry.coordinates = [121.51, 31.2]; }), 'data/landmarks.geojson: mural-b: lies outside the community boundary'],
  ['overlapping buildings', () => tinyWith('buildings', (j) => { feature(j, 'b2').geometry = structuredClone(feature(j, 'b1').geometry); }), 'data/buildings.geojson: b1: overlaps building b2'],
  ['entrance off its building', () => tinyWith('stairwells', (j) => { feature(j, '3-1').geometry.coordinates = feature(j, '1-1').geometry.coordinates; }), 'data/stairwells.geojson: 3-1: entrance is'],
  ['entrance numbering', () => tinyWith('stairwells', (j) => { j.features = j.features.filter((f) => f.id !== '2-2'); }), 'data/stairwells.geojson: b2: building 2 has 2 stairwells but entrances numbered [1]'],
  ['total buildings', () => tinyWith('community', (j) => { j.totals.buildings = 62; }), 'data/buildings.geojson: -: 3 buildings, but data/community.json says 62'],
  ['total stairwells', () => tinyWith('community', (j) => { j.totals.stairwells = 165; }), 'data/buildings.geojson: -: stairwell counts add up to 5, but data/community.json says 165'],
  ['total check-in points', () => tinyWith('community', (j) => { j.totals.checkins = 12; }), 'data/landmarks.geojson: -: 2 check-in points, but data/community.json says 12'],
  ['check-in point missing from the walkway order', () => tinyWith('landmarks', (j) => { feature(j, 'sample-walk').properties.stops = ['mural-a']; }), 'data/landmarks.geojson: mural-b: check-in point missing from the walkway order'],
  ['check-in point off the walkway', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').geometry.coordinates = [121.500526, 31.199639]; }), 'data/landmarks.geojson: mural-b: is '],
  ['trail order gaps', () => tinyWith('landmarks', (j) => { feature(j, 'mural-b').properties.order = 3; }), 'data/landmarks.geojson: mural-b: trail order 3, expected 2'],
  ['reference to a missing stairwell', () => tinyWith('landmarks', (j) => { feature(j, 'mural-a').properties.stairwell = '9-9'; }), 'data/landmarks.geojson: mural-a: stairwell 9-9 not found'],
  ['landmark without a story', () => tinyWith('landmarks', (j) => { j.features.push({ ...structuredClone(feature(j, 'mural-a')), id: 'mural-c', properties: { kind: 'bench', name: { 'zh-CN': '椅', en: 'Bench' } } }); }), 'data/landmarks.geojson: mural-c: no story in zh-CN (add content/stories/zh-CN/mural-c.md)'],
  ['story pointing at no landmark', () => tinyWith('landmarks', (j) => { j.features = j.features.filter((f) => f.id !== 'mural-b'); feature(j, 'sample-walk').properties.stops = ['mural-a']; }), 'content/stories/en/mural-b.md: mural-b: landmark "mural-b" not found in data/landmarks.geojson'],
  ['story front matter', () => { const s = readCommunitySource(TINY); s.stories[0] = { ...s.stories[0]!, frontmatter: { landmark: s.stories[0]!.stem, title: '' } }; return s; }, ': title: String must contain at least 1 character(s)'],
  ['story picture missing', () => { const s = readCommunitySource(TINY); s.stories[0] = { ...s.stories[0]!, imageExists: false }; return s; }, ': picture "../../images/'],
  ['check-in radius too wide for the gap between points', () => tinyWith('community', (j) => { j.trail = { checkinRadiusM: 40 }; }), 'data/community.json: -: trail.checkinRadiusM 40 m is not under half the 57 m between mural-a and mural-b'],
  // A well-formed tag without a dictionary ('fr') is refused by check:data and the build (dictionaryProblems, src/i18n).
  ['community file', () => tinyWith('community', (j) => { j.languages = ['French']; }), 'data/community.json: -: languages.0: a language tag such as zh-CN or en'],
];

describe('checkCommunity on bad data: one line per problem, naming file, id and rule', () => {
  it.each(BAD)('%s', (_rule, src, expected) => {
    const found = lines(src());
    expect(found.some((line) => line.includes(expected)), `expected a line containing\n  ${expected}\ngot\n  ${found.join('\n  ')}`).toBe(true);
  });
});
