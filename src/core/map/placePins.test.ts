import { describe, expect, it } from 'vitest';
import { placePins } from './placePins';

const important = (x: number, y: number) => ({ x, y, size: 30, minor: false });
const minor = (x: number, y: number) => ({ x, y, size: 24, minor: true });

describe('placePins', () => {
  it('leaves pins that do not crowd each other where they are', () => {
    expect(placePins([important(0, 0), important(100, 0), minor(0, 100)]).every((p) => p.shown && p.dx === 0 && p.dy === 0)).toBe(true);
  });
  it('moves the second of two crowded important pins clear of the first instead of hiding it', () => {
    const [a, b] = placePins([important(0, 0), important(5, 0)]);
    expect(a).toEqual({ shown: true, dx: 0, dy: 0 });
    expect(b!.shown).toBe(true);
    const gapX = Math.abs(5 + b!.dx), gapY = Math.abs(b!.dy);
    expect(Math.max(gapX, gapY)).toBeGreaterThanOrEqual(30);
  });
  it('never moves a pin out of the map', () => {
    const [, b] = placePins([important(85, 50), important(85, 55)], { w: 100, h: 100 });
    expect(85 + b!.dx + 15).toBeLessThanOrEqual(100);
    expect(b!.dx !== 0 || b!.dy !== 0).toBe(true);
  });
  it('never hides an important pin, even when every nearby spot is taken', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => important(i % 6, Math.floor(i / 6)));
    expect(placePins(crowd).every((p) => p.shown)).toBe(true);
  });
  it('lets a minor pin wait for a closer zoom when its 44 px tap target touches a pin already placed', () => {
    expect(placePins([important(0, 0), minor(30, 0)])[1]!.shown).toBe(false);
    expect(placePins([important(0, 0), minor(60, 0)])[1]!.shown).toBe(true);
  });
  it('moves an important pin out from under the scale bar or search box, however wide, when there is room', () => {
    const scaleBar = { left: 250, top: 40, right: 390, bottom: 80 };
    const [p] = placePins([important(300, 60)], { w: 390, h: 500 }, [scaleBar]);
    const [x, y] = [300 + p!.dx, 60 + p!.dy];
    expect(x + 15 <= scaleBar.left || y - 15 >= scaleBar.bottom || y + 15 <= scaleBar.top).toBe(true);
    expect(placePins([important(100, 200)], { w: 390, h: 500 }, [scaleBar])[0]).toEqual({ shown: true, dx: 0, dy: 0 });
  });
  it('reaches four dot widths away for a free spot before leaving a pin where it covers another (a crowded corner in elder mode)', () => {
    const crowded = { left: 100, top: 100, right: 300, bottom: 300 };
    expect(placePins([important(200, 200)], { w: 400, h: 400 }, [crowded])[0]).toEqual({ shown: true, dx: 0, dy: -120 });
  });
  it('lets a minor pin under a control wait', () => {
    expect(placePins([minor(300, 60)], { w: 390, h: 500 }, [{ left: 250, top: 40, right: 390, bottom: 80 }])[0]!.shown).toBe(false);
  });
});
