import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCommunity } from '../../src/community/readCommunity';
import { illustrationSvg } from '../../src/core/illustrations/illustrationSvg';
import type { Landmark } from '../../src/schemas/landmark';
import { seeded } from './syntheticCommunity';

export type BuildResult = { stories: number; seconds: number; peakMiB?: number; ok: boolean };

/**
 * Builds the tiny fixture community grown to `stories` stories (half as many landmarks, each told in both
 * languages) and measures `astro build`: wall time and peak memory (GNU time), with a 4 GB heap cap.
 */
export function buildScale(stories: number): BuildResult {
  const root = resolve('.bench', `stories-${stories}`);
  rmSync(root, { recursive: true, force: true });
  cpSync('tests/fixtures/tiny', root, { recursive: true });
  const file = join(root, 'data/landmarks.geojson');
  const fc = { type: 'FeatureCollection', features: loadCommunity(root).landmarks };
  const random = seeded(stories);
  const count = stories / 2 - fc.features.length;
  for (let i = 0; i < count; i += 1) {
    const id = `story-${i + 1}`;
    const landmark: Landmark = {
      type: 'Feature', id, geometry: { type: 'Point', coordinates: [Number((121.5 + (random() - 0.5) * 0.0018).toFixed(6)), Number((31.2 + (random() - 0.5) * 0.0012).toFixed(6))] },
      properties: { kind: 'other', name: { 'zh-CN': `故事 ${i + 1}`, en: `Story ${i + 1}` } },
    };
    fc.features.push(landmark);
    writeFileSync(join(root, 'content/images', `${id}.svg`), illustrationSvg(landmark));
    for (const [lang, title, text] of [['zh-CN', `故事 ${i + 1}`, '这是为构建基准生成的故事。它有两段文字。\n\n第二段说说这里有什么可以看。'], ['en', `Story ${i + 1}`, 'A story generated for the build benchmark. It has two paragraphs.\n\nThe second says what to look for.']] as const) {
      writeFileSync(join(root, 'content/stories', lang, `${id}.md`), `---\nlandmark: ${id}\ntitle: ${title}\nexcerpt: ${text.split('\n')[0]}\nimage: ../../images/${id}.svg\nimageAlt: ${title}\n---\n${text}\n`);
    }
  }
  writeFileSync(file, JSON.stringify(fc));
  const out = resolve('.bench', `dist-${stories}`);
  mkdirSync('.bench', { recursive: true });
  const timed = existsSync('/usr/bin/time');
  const command = [process.execPath, '--max-old-space-size=4096', 'src/server/lockedBuild.mjs'];
  const started = process.hrtime.bigint();
  const r = spawnSync(timed ? '/usr/bin/time' : command[0]!, timed ? ['-v', ...command] : command.slice(1), {
    env: { ...process.env, COMMUNITY_DIR: root, OUT_DIR: out }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  rmSync(out, { recursive: true, force: true });
  return { stories, seconds, peakMiB: peak ? Number(peak) / 1024 : undefined, ok: r.status === 0 };
}
