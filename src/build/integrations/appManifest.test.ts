import { describe, expect, it } from 'vitest';
import { loadCommunity } from '../../community/readCommunity';
import { appManifestText, offlinePagePatterns, offlinePages } from './appManifest';

describe('the installed app (web app manifest)', () => {
  it('names Cailing from its community.json, as before', () => {
    expect(appManifestText(loadCommunity('.').community)).toEqual({
      name: '采菱地图 · Cailing Community Map',
      short_name: '采菱地图',
      description: '采菱社区地图与“采”绘步道打卡 · Cailing community map and mural trail',
      lang: 'zh-CN',
    });
  });
  it('gives a second community its own name, never Cailing’s', () => {
    const text = appManifestText(loadCommunity('tests/fixtures/tiny').community);
    expect(text.short_name).toBe('示例地图');
    expect(JSON.stringify(text)).not.toMatch(/采菱|Cailing/);
  });
  it('without `app`, says "<name> map" in the interface language and uses the description', () => {
    const { community } = loadCommunity('tests/fixtures/tiny');
    const text = appManifestText({ ...community, app: undefined });
    expect(text.name).toBe('示例社区地图 · Sample Community Map');
    expect(text.description).toBe(`${community.description['zh-CN']} · ${community.description.en}`);
  });
  it('keeps every language’s trail pages offline', () => {
    // Only the first language is precached; another language's pages are cached when a visitor reads it.
    expect(offlinePagePatterns(['zh-CN', 'en', 'zh-TW'])).toContain('trail/index.html');
    expect(offlinePagePatterns(['zh-CN', 'en', 'zh-TW']).some((p) => p.includes('en/'))).toBe(false);
    expect(offlinePages('en', ['zh-CN', 'en'], ['checkin-01'])).toEqual(['/en/', '/en/trail/', '/en/passport/', '/en/checkin/checkin-01/']);
    expect(offlinePagePatterns(['zh-CN'])).toContain('checkin/*/index.html');
  });
});
