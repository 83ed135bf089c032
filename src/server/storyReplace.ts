import type { CommunitySource } from '../core/checks/checkCommunity';
import { formatProblem } from '../core/checks/problem';
import { plainTextToMarkdown } from '../core/text/plainTextToMarkdown';
import { checkSource, readCommunitySource } from '../community/readCommunity';
import { readStoryFrontmatter, storyFileText } from '../community/storyFile';
import type { Locale } from '../schemas/locale';
import { STORY_LIMITS, storyFileSchema } from '../schemas/story';
import { cleanLine, cleanText } from '../schemas/text/cleanText';
import { audit } from './auditLog';
import { reloadCommunity } from './communityData';
import { excerptOf } from '../core/text/excerptOf';
import { requestRebuild } from './siteRebuild';
import { commitFiles, type FileChange, storeDir, StoreError, withStore } from './store/communityStore';

/** A story's new words in one language, as the moderator typed them (either may be empty). */
export type StoryWords = { title: string; body: string };
/** A field of the replace form that is wrong: which language, which field, and why (`missing`, `too-long`). */
export type StoryWordsError = { lang: Locale; field: 'title' | 'body'; code: 'missing' | 'too-long' };

/**
 * The story files of `landmark` rewritten with the community's own words (nothing is written here), or the
 * fields that are wrong. The first language needs a title and a text; another language with a text of its own
 * gets it (its title typed, or kept); one left empty shows the first language's text, marked `textLang`, as
 * for a resident's story published in one language. Each file keeps its picture and landmark, takes the new
 * title and excerpt, and says `source: community`. Judged with the same story schema as `check:data`.
 */
export function replacedStoryFiles(src: CommunitySource, landmark: string, words: Partial<Record<Locale, StoryWords>>, languages: readonly Locale[]):
  { ok: true; changes: FileChange[]; proposed: CommunitySource } | { ok: false; errors: StoryWordsError[] } {
  const [first] = languages;
  // Cleaned as residents' text is (controls, bidi overrides and zero-width characters go); a title is one line.
  const clean = (l: Locale) => ({ title: cleanLine(words[l]?.title ?? ''), body: cleanText(words[l]?.body ?? '') });
  const errors: StoryWordsError[] = [];
  for (const lang of languages) {
    const { title, body } = clean(lang);
    if (lang === first && !title) errors.push({ lang, field: 'title', code: 'missing' });
    if (title.length > STORY_LIMITS.title) errors.push({ lang, field: 'title', code: 'too-long' });
    if (lang === first && !body) errors.push({ lang, field: 'body', code: 'missing' });
    if (body.length > STORY_LIMITS.body) errors.push({ lang, field: 'body', code: 'too-long' });
  }
  if (errors.length) return { ok: false, errors };
  const changes: FileChange[] = [];
  const stories = src.stories.map((s) => {
    if (s.stem !== landmark || s.frontmatter instanceof Error || !languages.includes(s.lang)) return s;
    const old = s.frontmatter as Record<string, unknown>;
    const own = clean(s.lang);
    const text = own.body || clean(first!).body;
    const title = own.title || (s.lang === first ? '' : String(old.title ?? ''));
    const { textLang: _t, source: _s, title: _title, excerpt: _e, ...kept } = Object.fromEntries(Object.entries(old).map(([k, v]) => [k, String(v)]));
    const frontmatter: Record<string, string> = { ...kept, source: 'community', title, excerpt: excerptOf(text), ...(!own.body && { textLang: first! }) };
    const data = storyFileText(frontmatter, plainTextToMarkdown(text));
    changes.push({ path: s.path, data });
    return { ...s, frontmatter: readStoryFrontmatter(data) };
  });
  // Checked with the story schema here too, so a wrong field is named in the moderator's words, not as a rule.
  for (const s of stories) {
    if (s.stem !== landmark || s.frontmatter instanceof Error) continue;
    const parsed = storyFileSchema.safeParse(s.frontmatter);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'excerpt' ? 'body' : 'title';
        if (!errors.some((e) => e.lang === s.lang && e.field === field)) errors.push({ lang: s.lang, field, code: 'too-long' });
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, changes, proposed: { ...src, stories } };
}

export type StoryReplaceOutcome =
  | { ok: true; commit: string }
  | { ok: false; error: 'not-found' }
  | { ok: false; error: 'fields'; errors: StoryWordsError[] }
  | { ok: false; error: 'needs-attention'; problems: string[] }
  | { ok: false; error: 'store'; code: StoreError['code']; detail: string };

/**
 * Replaces a landmark's sample story with the community's own words (`replacedStoryFiles`), checked with every
 * `check:data` rule, as one commit by `who` (`Story replaced: <landmark>`); the site is rebuilt and the page no
 * longer calls it a sample. Only a story still marked `sample` can be replaced here. Undo is in the history.
 */
export async function replaceSampleStory(landmark: string, words: Partial<Record<Locale, StoryWords>>, who: string): Promise<StoryReplaceOutcome> {
  try {
    return await withStore(async () => {
      const src = readCommunitySource(storeDir());
      const sample = src.stories.some((s) => s.stem === landmark && !(s.frontmatter instanceof Error) && (s.frontmatter as { source?: unknown }).source === 'sample');
      if (!sample) return { ok: false, error: 'not-found' } as const;
      const languages = (JSON.parse(src.community.text) as { languages: Locale[] }).languages;
      const files = replacedStoryFiles(src, landmark, words, languages);
      if (!files.ok) return { ok: false, error: 'fields', errors: files.errors } as const;
      const problems = checkSource(files.proposed).problems.map(formatProblem);
      if (problems.length) return { ok: false, error: 'needs-attention', problems } as const;
      const commit = await commitFiles({ name: who }, `Story replaced: ${landmark}`, files.changes, { Action: 'story-replaced', Landmark: landmark });
      audit(who, 'story-replaced', null, `${landmark} ${commit.slice(0, 10)}`);
      reloadCommunity();
      void requestRebuild();
      return { ok: true, commit } as const;
    });
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, error: 'store', code: error.code, detail: error.detail };
    throw error;
  }
}
