import { describe, expect, it } from 'vitest';
import { coverageLine, datumHintText, describeImportEntry, describeMapChange, importErrorText } from './describeMapChange';
import { translator } from './translator';

const en = translator('en');
const zh = translator('zh-CN');
const moved = { kind: 'moved', layer: 'landmarks', id: 'checkin-05', metres: 212.4, direction: 'se' } as const;

describe('map changes in the reader’s language', () => {
  it('says how far and which way a feature moved, in both languages', () => {
    expect(describeMapChange(en, moved)).toBe('checkin-05 moved 212 m south-east');
    expect(describeMapChange(zh, moved)).toBe('checkin-05 向东南移动了 212 米');
    expect(describeMapChange(en, { ...moved, id: '22-1', metres: 3, direction: 'n', follows: 'b22' })).toBe('22-1 moved 3 m north (with b22)');
    expect(describeMapChange(zh, { kind: 'reshaped', layer: 'buildings', id: 'b22', metres: 0.1, direction: 'n' })).toBe('b22 改了形状');
  });
  it('words import preview lines, errors and the datum hint', () => {
    expect(describeImportEntry(en, { kind: 'outside', ref: 'x', metres: 4520 })).toBe('“x” is 4.5 km outside the community: not imported');
    expect(describeImportEntry(zh, { kind: 'missing', layer: 'landmarks', id: 'checkin-07' })).toBe('文件里没有 checkin-07');
    expect(importErrorText(en, { code: 'malformed', format: 'kml', detail: 'tag mismatch' })).toBe('The KML file cannot be read: tag mismatch');
    expect(importErrorText(zh, { code: 'unknown-datum', datum: 'cgcs2000' })).toBe('不认识坐标系“cgcs2000”：请选 WGS 84、GCJ-02 或 BD-09。');
    expect(datumHintText(en, 'wgs84', 'gcj02')).toBe('Read as WGS 84 (GPS, OpenStreetMap), the file lies far from the community; read as GCJ-02 (Amap, Tencent Maps), it fits: choose GCJ-02 (Amap, Tencent Maps).');
  });
  it('gives the coverage line', () => {
    const c = { buildings: { done: 41, total: 62 }, stairwells: { done: 0, total: 165 }, checkins: { done: 12, total: 12 }, landmarks: { done: 0, total: 1 }, base: { done: 0, total: 1 }, stories: { done: 9, total: 28 }, surveyed: false };
    expect(coverageLine(en, c)).toBe('41 of 62 buildings surveyed; check-in points 12 of 12; 9 of 28 stories from the community');
    expect(coverageLine(zh, c)).toBe('已测量楼栋 41/62；打卡点 12/12；来自社区的故事 9/28');
  });
});
