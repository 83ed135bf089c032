import { describe, expect, it } from 'vitest';
import { checkGeometry } from './checkGeometry';

const square = [[120, 31.79], [120.001, 31.79], [120.001, 31.791], [120, 31.791], [120, 31.79]];

describe('checkGeometry (RFC 7946)', () => {
  it('accepts a closed counter-clockwise polygon, a point and a line', () => {
    expect(checkGeometry({ type: 'Polygon', coordinates: [square] })).toEqual([]);
    expect(checkGeometry({ type: 'Point', coordinates: [120, 31.79] })).toEqual([]);
    expect(checkGeometry({ type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79]] })).toEqual([]);
  });
  it('names a ring that is not closed', () => {
    expect(checkGeometry({ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[120, 31.7905]])] })).toEqual(['ring not closed']);
  });
  it('names a clockwise outer ring and a counter-clockwise hole', () => {
    expect(checkGeometry({ type: 'Polygon', coordinates: [[...square].reverse()] })).toEqual(['outer ring must be counter-clockwise (RFC 7946 right-hand rule)']);
    const hole = [[120.0002, 31.7902], [120.0004, 31.7902], [120.0004, 31.7904], [120.0002, 31.7904], [120.0002, 31.7902]];
    expect(checkGeometry({ type: 'Polygon', coordinates: [square, hole] })).toEqual(['hole 1 must be clockwise']);
  });
  it('names where an outline or a hole crosses itself (a bow tie), and nothing about its winding', () => {
    const bowTie = [[120, 31.79], [120.002, 31.792], [120.002, 31.79], [120, 31.792], [120, 31.79]];
    expect(checkGeometry({ type: 'Polygon', coordinates: [bowTie] })).toEqual(['outline crosses itself at 120.001, 31.791']);
    const hole = [[120.0002, 31.7902], [120.0004, 31.7904], [120.0004, 31.7902], [120.0002, 31.7904], [120.0002, 31.7902]];
    expect(checkGeometry({ type: 'Polygon', coordinates: [square, hole] })).toEqual(['hole 1 crosses itself at 120.0003, 31.7903']);
  });
  it('does not count a vertex shared by neighbouring edges as a crossing', () => {
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[120, 31.79], [120.001, 31.79], [120.0005, 31.7905], [120.001, 31.791], [120, 31.791], [120, 31.79]]] })).toEqual([]);
  });
  it('catches [lat, lng] swapped out of range, and too many decimals', () => {
    expect(checkGeometry({ type: 'Point', coordinates: [31.79, 120] })[0]).toMatch(/out of range \(is it \[lat, lng\]\?\)/);
    expect(checkGeometry({ type: 'Point', coordinates: [120.1234567, 31.79] })[0]).toMatch(/more than 6 decimals/);
  });
  it('refuses non-numeric positions, short rings and lines, unknown types', () => {
    expect(checkGeometry({ type: 'Point', coordinates: ['120', 31.79] })[0]).toMatch(/must be \[lng, lat\] numbers/);
    expect(checkGeometry({ type: 'Point', coordinates: [Number.NaN, 31.79] })[0]).toMatch(/must be \[lng, lat\] numbers/);
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[120, 31.79], [120.001, 31.79], [120, 31.79]]] })).toEqual(['outer ring needs at least 4 positions']);
    expect(checkGeometry({ type: 'LineString', coordinates: [[120, 31.79]] })).toEqual(['line needs at least 2 positions']);
    expect(checkGeometry({ type: 'MultiPoint', coordinates: [] })[0]).toMatch(/not used here/);
    expect(checkGeometry(undefined)).toEqual(['geometry missing']);
  });
});
