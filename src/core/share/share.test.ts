import { describe, expect, it } from 'vitest';
import { carryMapState } from './carryMapState';
import { placeShareUrl } from './placeShareUrl';
import { SHARE_CARD, shareCardSvg } from './shareCardSvg';

describe('placeShareUrl', () => {
  it('links to the map focused on the place, absolute, without the sender\'s hidden layers or hash', () => {
    expect(placeShareUrl('/en/', 'checkin-05', 'https://map.example/en/?hide=renewed&focus=b22#map')).toBe('https://map.example/en/?focus=checkin-05');
  });
  it('keeps the default language\'s map at the root', () => {
    expect(placeShareUrl('/', '22-1', 'http://127.0.0.1:4321/')).toBe('http://127.0.0.1:4321/?focus=22-1');
  });
});

describe('carryMapState', () => {
  it('carries the place in focus and the hidden layers onto the other language\'s link', () => {
    expect(carryMapState('/en/', '?focus=checkin-05&hide=not-yet,renewed')).toBe('/en/?focus=checkin-05&hide=renewed,not-yet');
  });
  it('drops everything else from the address, such as a check-in key', () => {
    expect(carryMapState('/en/checkin/checkin-01/', '?k=secret')).toBe('/en/checkin/checkin-01/');
    expect(carryMapState('/', '?k=secret&focus=b22')).toBe('/?focus=b22');
  });
  it('replaces the query of a link that already had one', () => {
    expect(carryMapState('/en/?focus=old#map', '?focus=new')).toBe('/en/?focus=new');
  });
});

describe('shareCardSvg', () => {
  const mapSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" role="img" aria-label="地图"><title>地图</title><circle cx="1" cy="1" r="7"/><text x="1" y="1">5</text></svg>';
  it('is a 1200 × 630 picture with the map covering it above the band and a pin at the map\'s centre', () => {
    const svg = shareCardSvg({ mapSvg, pin: '#c2185b', accent: '#b3261e', ground: '#f3efe6' });
    expect(svg).toContain(`width="${SHARE_CARD.width}" height="${SHARE_CARD.height}"`);
    expect(svg).toContain('preserveAspectRatio="xMidYMid slice"');
    expect(svg).toMatch(/<path d="M600 303C/);
    expect(svg).toContain('fill="#c2185b"');
  });
  it('holds no text, so it renders alike on machines without CJK fonts', () => {
    const svg = shareCardSvg({ mapSvg, accent: '#b3261e', ground: '#f3efe6' });
    expect(svg).not.toMatch(/<text|<title/);
    expect(svg).not.toContain('#c2185b');
  });
  it('shows a whole map whole when asked, instead of cropping it to fill the card', () => {
    expect(shareCardSvg({ mapSvg, accent: '#b3261e', ground: '#e4ddcf', fit: 'contain' })).toContain('preserveAspectRatio="xMidYMid meet"');
  });
});
