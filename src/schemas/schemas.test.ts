import { describe, expect, it } from 'vitest';
import { buildingSchema } from './building';
import { landmarkSchema } from './landmark';
import { stairwellSchema } from './stairwell';
import { storyFileSchema } from './story';

const ring = [[120, 31.79], [120.001, 31.79], [120.001, 31.791], [120, 31.791], [120, 31.79]];
const building = (props: object = {}, id = 'b22') => ({
  type: 'Feature', id, geometry: { type: 'Polygon', coordinates: [ring] },
  properties: { number: 22, name: { 'zh-CN': '采菱公寓22幢', en: 'Building 22' }, stairwells: 3, storeys: 11, lift: true, status: 'celebrity', ...props },
});
const point = { type: 'Point', coordinates: [120, 31.79] };
const name = { 'zh-CN': '名', en: 'Name' };

describe('buildingSchema', () => {
  it('accepts building 22 with 3 stairwells', () => {
    expect(buildingSchema.parse(building()).properties.stairwells).toBe(3);
  });
  it('requires id b<number>, a known status and whole stairwell counts', () => {
    expect(buildingSchema.safeParse(building({}, 'b23')).error?.issues[0]?.message).toBe('id must be "b22" for building number 22');
    expect(buildingSchema.safeParse(building({ status: 'finished' })).success).toBe(false);
    expect(buildingSchema.safeParse(building({ stairwells: 2.5 })).success).toBe(false);
  });
});

describe('stairwellSchema', () => {
  it('ids a stairwell as <building>-<unit>, e.g. 22-3', () => {
    const s = { type: 'Feature', id: '22-3', geometry: point, properties: { building: 22, unit: 3, name } };
    expect(stairwellSchema.safeParse(s).success).toBe(true);
    expect(stairwellSchema.safeParse({ ...s, id: '22-2' }).error?.issues[0]?.message).toBe('id must be "22-3"');
  });
});

describe('landmarkSchema', () => {
  const landmark = (properties: object, geometry: object = point) => ({ type: 'Feature', id: 'x-1', geometry, properties: { name, ...properties } });
  it('needs a trail order on check-in points, and only there', () => {
    expect(landmarkSchema.safeParse(landmark({ kind: 'checkin', order: 1 })).success).toBe(true);
    expect(landmarkSchema.safeParse(landmark({ kind: 'checkin' })).error?.issues[0]?.message).toBe('a check-in point needs its trail order');
    expect(landmarkSchema.safeParse(landmark({ kind: 'bench', order: 2 })).error?.issues[0]?.message).toBe('only check-in points have a trail order');
  });
  it('makes the walkway a LineString listing its stops', () => {
    expect(landmarkSchema.safeParse(landmark({ kind: 'walkway', stops: ['checkin-01'] }, { type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79]] })).success).toBe(true);
    expect(landmarkSchema.safeParse(landmark({ kind: 'walkway', stops: ['checkin-01'] })).error?.issues[0]?.message).toBe('the walkway must be a LineString');
  });
  it('refuses ids that would not make a clean URL', () => {
    expect(landmarkSchema.safeParse({ ...landmark({ kind: 'bench' }), id: 'Bench 1' }).success).toBe(false);
  });
});

describe('storyFileSchema', () => {
  it('requires a title, an excerpt, a picture and its alt text, within limits', () => {
    const story = { landmark: 'pet-tribe', title: '爱宠部落', excerpt: '一句话。', image: '../../images/pet-tribe.svg', imageAlt: '插图' };
    expect(storyFileSchema.safeParse(story).success).toBe(true);
    expect(storyFileSchema.safeParse({ ...story, imageAlt: ' ' }).success).toBe(false);
    expect(storyFileSchema.safeParse({ ...story, title: 'x'.repeat(61) }).success).toBe(false);
  });
});
