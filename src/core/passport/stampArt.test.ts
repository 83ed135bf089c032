import { describe, expect, it } from 'vitest';
import { stampArt } from './stampArt';

const stamp = (order: number, name = `墙${order}`) => stampArt({ id: `checkin-${String(order).padStart(2, '0')}`, order, total: 12, name, kindColour: '#b3261e' });

describe('stampArt', () => {
  it('draws 12 different stamps for 12 points, each with its number and name', () => {
    const all = Array.from({ length: 12 }, (_, i) => stamp(i + 1));
    expect(new Set(all).size).toBe(12);
    // Different in what a child sees, not only in the text: ink and motif differ between neighbours.
    const inks = all.map((s) => /stroke="(hsl\([^)]+\))"/.exec(s)![1]);
    expect(new Set(inks).size).toBe(12);
    const looks = all.map((s) => [...s.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]).join('|'));
    expect(new Set(looks).size).toBe(12);
    expect(all[4]).toContain('>5<');
    expect(all[4]).toContain('墙5');
  });
  it('escapes a name with markup in it', () => {
    expect(stamp(1, '<b>&')).toContain('&#60;b&#62;&#38;');
    expect(stamp(1, '<b>&')).not.toContain('<b>');
  });
  it('is the same stamp when drawn twice (built, not random)', () => {
    expect(stamp(3)).toBe(stamp(3));
  });
});
