/**
 * A resident's plain text as Markdown that renders exactly as typed: paragraphs split on blank lines, single
 * line breaks kept, and every character Markdown or HTML would act on escaped, so no link, image, heading or
 * tag can be smuggled in (the site's Markdown is also sanitised when rendered).
 * @example plainTextToMarkdown('<b>hi</b> [x](javascript:1)') === '&lt;b&gt;hi&lt;/b&gt; \\[x\\]\\(javascript:1\\)'
 */
export function plainTextToMarkdown(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map(escapeLine).join('  \n'))
    .join('\n\n');
}

function escapeLine(line: string): string {
  return line
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    // A line starting "1." or "-" would become a list (or, under a line of text, a heading); a leading space run a code block.
    .replace(/^(\s*)(\d+)\./, '$1$2\\.')
    .replace(/^(\s*)-/, '$1\\-')
    // A line of "=" under a line of text would make that line a heading.
    .replace(/^(\s*)=/, '$1\\=')
    .replace(/^\s+/, '');
}
