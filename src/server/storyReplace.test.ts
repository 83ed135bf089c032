import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommunitySource } from '../community/readCommunitySource';
import { checkSource } from '../community/readCommunity';
import { replacedStoryFiles } from './storyReplace';

const SRC = readCommunitySource(resolve('.'));
const LANGS = ['zh-CN', 'en'];
const WORDS = '树下这张长椅，是三楼的邻居们一起修好的。夏天傍晚大家在这里乘凉。';
const file = (r: ReturnType<typeof replacedStoryFiles>, lang: string) => (r.ok ? String(r.changes.find((c) => c.path === `content/stories/${lang}/bench-14.md`)?.data) : '');

describe('replacedStoryFiles: a sample story in the community’s own words', () => {
  it('cleans the words as a resident’s are: a bidi override or zero-width character typed or pasted in is dropped', () => {
    const r = replacedStoryFiles(SRC, 'bench-14', { 'zh-CN': { title: '树下\u202e的\u200b长椅', body: `\u202e${WORDS}` } }, LANGS);
    expect(file(r, 'zh-CN')).toContain('title: "树下的长椅"');
    expect(file(r, 'zh-CN').endsWith(`---\n${WORDS}\n`)).toBe(true);
  });
  it('rewrites every language’s file: new title and text, source community, the picture kept; an empty language shows the first one’s text', () => {
    const r = replacedStoryFiles(SRC, 'bench-14', { 'zh-CN': { title: ' 树下的长椅 ', body: WORDS }, en: { title: 'The bench under the tree', body: '' } }, LANGS);
    expect(r.ok).toBe(true);
    const zh = file(r, 'zh-CN');
    expect(zh).toMatch(/^---\nlandmark: "bench-14"\n/);
    expect(zh).toContain('source: "community"');
    expect(zh).toContain('title: "树下的长椅"');
    expect(zh).toContain('excerpt: "树下这张长椅，是三楼的邻居们一起修好的。"');
    expect(zh).toContain('image: "../../images/bench-14.svg"');
    expect(zh).not.toContain('textLang');
    expect(zh.endsWith(`---\n${WORDS}\n`)).toBe(true);
    const en = file(r, 'en');
    expect(en).toContain('title: "The bench under the tree"');
    expect(en).toContain('textLang: "zh-CN"');
    expect(en).toContain(WORDS);
    expect(en).not.toContain('sample');
    // The whole community still passes every check:data rule.
    if (r.ok) expect(checkSource(r.proposed).problems).toEqual([]);
  });

  it('keeps a language’s old title when only its text is left out, and its own text when given', () => {
    const kept = replacedStoryFiles(SRC, 'bench-14', { 'zh-CN': { title: '树下的长椅', body: WORDS } }, LANGS);
    const oldEn = SRC.stories.find((s) => s.path === 'content/stories/en/bench-14.md')!.frontmatter as { title: string };
    expect(file(kept, 'en')).toContain(`title: "${oldEn.title}"`);
    const own = replacedStoryFiles(SRC, 'bench-14', { 'zh-CN': { title: '树下的长椅', body: WORDS }, en: { title: 'Shade', body: 'Neighbours fixed this bench.\r\n\r\n<b>Together</b>.' } }, LANGS);
    expect(file(own, 'en')).toContain('Neighbours fixed this bench.\n\n&lt;b&gt;Together&lt;/b&gt;.');
    expect(file(own, 'en')).not.toContain('textLang');
  });

  it('names each wrong field with its language: the first language’s title and text needed, none too long', () => {
    const r = replacedStoryFiles(SRC, 'bench-14', { 'zh-CN': { title: ' ', body: '' }, en: { title: 'x'.repeat(61), body: 'y'.repeat(6001) } }, LANGS);
    expect(r).toEqual({ ok: false, errors: [
      { lang: 'zh-CN', field: 'title', code: 'missing' }, { lang: 'zh-CN', field: 'body', code: 'missing' },
      { lang: 'en', field: 'title', code: 'too-long' }, { lang: 'en', field: 'body', code: 'too-long' },
    ] });
  });
});
