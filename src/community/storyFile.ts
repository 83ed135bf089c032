import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';

/**
 * A story file's text: YAML front matter with every string quoted (so a title such as `2024-01-01`,
 * `true`, `null` or `0x1F` stays the text it is instead of turning into a date, boolean or number), then the
 * Markdown body.
 */
export function storyFileText(frontmatter: Record<string, string>, markdown: string): string {
  const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n${markdown.trimEnd()}\n`;
}

/**
 * The front matter of a story file read exactly as Astro's build reads it (the same parser), so
 * `check:data` and the publisher see what the site will see. An Error when it is missing or unreadable.
 */
export function readStoryFrontmatter(text: string): Record<string, unknown> | Error {
  if (!/^---\r?\n/.test(text)) return new Error('no front matter (the file must start with ---)');
  try {
    return parseFrontmatter(text, { frontmatter: 'remove' }).frontmatter ?? {};
  } catch (error) {
    return new Error(String((error as Error).message).split('\n')[0]);
  }
}
