/** The language literals in `code`, e.g. `'en'`, `"zh-CN"`, `/zh-tw/`, `lang="en"`. */
export function languageLiterals(code: string, languages: readonly string[]): string[] {
  const tags = languages.flatMap((l) => [l, l.toLowerCase()]).map((l) => l.replace(/-/g, '\\-'));
  const alt = [...new Set(tags)].join('|');
  const patterns = [
    new RegExp(`(['"\`])(?:${alt})\\1`, 'gi'), // a quoted tag: 'en', "zh-CN"
    new RegExp(`['"\`/](?:${alt})/`, 'gi'), // a URL prefix: '/en/…', `${x}/zh-tw/`
    new RegExp(`\\\\/(?:${alt})(?=[)\\\\/?|])`, 'gi'), // a prefix in a regular expression: /^(?:\/en)?\/submit/
    new RegExp(`\\blang=["'](?:${alt})["']`, 'gi'), // <html lang="zh-CN">
    new RegExp(`[{,]\\s*(?:${alt.replace(/\\-/g, '_')}):`, 'g'), // an unquoted object key: { en: … }
  ];
  return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[0].trim()));
}
