import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommunitySource } from '../../community/readCommunitySource';
import { proposeMapEdits } from '../../core/mapEdit/proposeMapEdits';
import type { MapEdit } from '../../schemas/mapEdit';
import { landmarkFiles } from './landmarkFiles';

const SRC = readCommunitySource(resolve('.'));
const bench14 = (JSON.parse(SRC.landmarks.text) as { features: { id: string; geometry: { coordinates: [number, number] } }[] }).features.find((f) => f.id === 'bench-14')!.geometry.coordinates;
const add = (story?: Record<string, string>): MapEdit => ({
  op: 'add', layer: 'landmarks', id: 'chess-table', geometry: { type: 'Point', coordinates: [bench14[0] + 0.0001, bench14[1]] },
  properties: { kind: 'bench', name: { 'zh-CN': '棋桌', en: 'Chess table' } }, ...(story && { story }),
});
const text = (changes: { path: string; data: unknown }[], path: string) => changes.find((c) => c.path === path)?.data;

describe('landmarkFiles: a landmark added or deleted brings its stories and pictures', () => {
  it('writes a new landmark’s picture and a story in every language, the first language’s text where another has none', () => {
    const files = landmarkFiles(SRC, [add({ 'zh-CN': '傍晚大家在这里下棋。桌子是邻居们一起搬来的。' })], ['zh-CN', 'en']);
    expect(files.problems).toEqual([]);
    expect(files.changes.map((c) => c.path).sort()).toEqual(['content/images/chess-table.svg', 'content/stories/en/chess-table.md', 'content/stories/zh-CN/chess-table.md']);
    expect(text(files.changes, 'content/stories/zh-CN/chess-table.md')).toMatch(/^---\nlandmark: "chess-table"\ntitle: "棋桌"\nexcerpt: "傍晚大家在这里下棋。"\n/);
    expect(text(files.changes, 'content/stories/en/chess-table.md')).toContain('title: "Chess table"');
    expect(text(files.changes, 'content/stories/en/chess-table.md')).toContain('textLang: "zh-CN"');
    expect(text(files.changes, 'content/stories/zh-CN/chess-table.md')).not.toContain('textLang');
    // Judged together with the map change, every rule holds.
    expect(proposeMapEdits(files.src, [add()]).ok).toBe(true);
    // Without them, the stories rule refuses the landmark, as before.
    expect(proposeMapEdits(SRC, [add()])).toMatchObject({ ok: false, problems: [{ rule: 'stories', featureId: 'chess-table' }, { rule: 'stories', featureId: 'chess-table' }] });
  });

  it('keeps an English text of its own when one is given', () => {
    const files = landmarkFiles(SRC, [add({ 'zh-CN': '傍晚大家在这里下棋。', en: 'Neighbours play chess here at dusk.' })], ['zh-CN', 'en']);
    const en = String(text(files.changes, 'content/stories/en/chess-table.md'));
    expect(en).toContain('Neighbours play chess here at dusk.');
    expect(en).not.toContain('textLang');
  });

  it('refuses a new landmark without a story in the first language, whatever the others say', () => {
    for (const story of [undefined, {}, { 'zh-CN': '   ' }, { en: 'Only English' }, { fr: 'Bonjour', 'zh-CN': '故事' }] as (Record<string, string> | undefined)[]) {
      const files = landmarkFiles(SRC, [add(story)], ['zh-CN', 'en']);
      expect(files.problems).toMatchObject([{ rule: 'stories', featureId: 'chess-table', message: expect.stringContaining('zh-CN') }]);
      expect(files.changes).toEqual([]);
    }
  });

  it('deletes a landmark’s stories in every language and its picture, and the rules then hold', () => {
    const del: MapEdit = { op: 'delete', layer: 'landmarks', id: 'bench-20' };
    const files = landmarkFiles(SRC, [del], ['zh-CN', 'en']);
    expect(files.changes).toEqual(expect.arrayContaining([
      { path: 'content/stories/zh-CN/bench-20.md', data: null }, { path: 'content/stories/en/bench-20.md', data: null }, { path: 'content/images/bench-20.svg', data: null },
    ]));
    expect(files.changes).toHaveLength(3);
    expect(files.src.images).not.toContain('bench-20.svg');
    expect(proposeMapEdits(files.src, [del]).ok).toBe(true);
  });

  it('keeps a picture another landmark still shows, and takes the gallery’s pictures of the deleted one', () => {
    const landmarks = JSON.parse(SRC.landmarks.text) as { features: { id: string; properties: Record<string, unknown> }[] };
    for (const f of landmarks.features) {
      if (f.id === 'bench-20') f.properties.gallery = [{ file: 'bench-20-photo-3.jpg', alt: { 'zh-CN': '照片', en: 'Photo' } }, { file: 'bench-42.svg', alt: { 'zh-CN': '照片', en: 'Photo' } }];
    }
    const src = { ...SRC, landmarks: { ...SRC.landmarks, text: JSON.stringify(landmarks) }, images: [...SRC.images, 'bench-20-photo-3.jpg'] };
    const files = landmarkFiles(src, [{ op: 'delete', layer: 'landmarks', id: 'bench-20' }], ['zh-CN', 'en']);
    const paths = files.changes.map((c) => c.path);
    expect(paths).toContain('content/images/bench-20-photo-3.jpg');
    expect(paths).toContain('content/images/bench-20.svg');
    expect(paths).not.toContain('content/images/bench-42.svg');
  });
});
