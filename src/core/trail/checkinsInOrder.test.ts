import { describe, expect, it } from 'vitest';
import type { Landmark } from '../../schemas/landmark';
import { checkinsInOrder } from './checkinsInOrder';

const at = { type: 'Point' as const, coordinates: [120, 31.79] as [number, number] };
const name = { 'zh-CN': '点', en: 'Point' };
const checkin = (id: string, order?: number) => ({ type: 'Feature', id, geometry: at, properties: { kind: 'checkin', name, order } }) as unknown as Landmark;
const bench = { type: 'Feature', id: 'bench-1', geometry: at, properties: { kind: 'bench', name } } as unknown as Landmark;

describe('checkinsInOrder', () => {
  it('keeps only the check-in points, 1 first, whatever order the file lists them in', () => {
    expect(checkinsInOrder([checkin('c3', 3), bench, checkin('c1', 1), checkin('c2', 2)]).map((l) => l.id)).toEqual(['c1', 'c2', 'c3']);
  });
  it('keeps file order for a repeated order (so checkTrail can name the repeat) and puts a point without an order last', () => {
    expect(checkinsInOrder([checkin('x'), checkin('b', 2), checkin('a', 1), checkin('b2', 2)]).map((l) => l.id)).toEqual(['a', 'b', 'b2', 'x']);
  });
  it('gives an empty trail for a community without check-in points', () => {
    expect(checkinsInOrder([bench])).toEqual([]);
  });
});
