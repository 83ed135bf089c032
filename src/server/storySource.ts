import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../core/checks/problem';
import { checkSource, readCommunitySource } from '../community/readCommunity';
import { readStoryFrontmatter } from '../community/storyFile';
import { audit } from './auditLog';
import { reloadCommunity } from './communityData';
import { requestRebuild } from './siteRebuild';
import { commitFiles, storeDir, StoreError, withStore } from './store/communityStore';

/** A story still marked `sample` in the content store: its landmark and its title in each language. */
export type SampleStory = { landmark: string; titles: Record<string, string> };

/** The line that marks a sample story in its front matter (`source: sample`, as shipped). */
const SAMPLE_LINE = /^source:\s*["']?sample["']?\s*\r?\n/m;

/** The stories of the content store still marked `sample`, by landmark, in the store's order. */
export function sampleStories(): SampleStory[] {
  const byLandmark = new Map<string, SampleStory>();
  for (const s of readCommunitySource(storeDir()).stories) {
    const fm = s.frontmatter as { source?: unknown; title?: unknown } | Error;
    if (fm instanceof Error || fm.source !== 'sample') continue;
    const entry = byLandmark.get(s.stem) ?? { landmark: s.stem, titles: {} };
    entry.titles[s.lang] = typeof fm.title === 'string' ? fm.title : s.stem;
    byLandmark.set(s.stem, entry);
  }
  return [...byLandmark.values()].sort((a, b) => a.landmark.localeCompare(b.landmark));
}

export type StoryCheckOutcome = { ok: true } | { ok: false; error: 'not-found' } | { ok: false; error: 'needs-attention'; problems: string[] } | { ok: false; error: 'store'; code: StoreError['code']; detail: string };

/**
 * Marks a landmark's sample story checked by the community: the `source: sample` line leaves its front
 * matter in every language (nothing else in the file changes), checked with every `check:data` rule, as one
 * commit by `who`; the site is rebuilt and the story page stops calling it a sample. Undo is in the history.
 */
export async function markStoryChecked(landmark: string, who: string): Promise<StoryCheckOutcome> {
  try {
    return await withStore(async () => {
      const src = readCommunitySource(storeDir());
      const files = src.stories.filter((s) => s.stem === landmark);
      const changes = files.flatMap((s) => {
        const text = readFileSync(join(storeDir(), s.path), 'utf8');
        const end = text.indexOf('\n---', 3);
        const head = text.slice(0, end + 1);
        return SAMPLE_LINE.test(head) ? [{ path: s.path, data: head.replace(SAMPLE_LINE, '') + text.slice(end + 1) }] : [];
      });
      if (!changes.length) return { ok: false, error: 'not-found' } as const;
      const stories = src.stories.map((s) => {
        const changed = changes.find((c) => c.path === s.path);
        return changed ? { ...s, frontmatter: readStoryFrontmatter(changed.data) } : s;
      });
      const problems = checkSource({ ...src, stories }).problems.map(formatProblem);
      if (problems.length) return { ok: false, error: 'needs-attention', problems } as const;
      const commit = await commitFiles({ name: who }, `Story checked: ${landmark}`, changes, { Action: 'story-checked', Landmark: landmark });
      audit(who, 'story-checked', null, `${landmark} ${commit.slice(0, 10)}`);
      reloadCommunity();
      void requestRebuild();
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, error: 'store', code: error.code, detail: error.detail };
    throw error;
  }
}
