/**
 * The form token a resident's browser gets: opens the submit page of a running server (`/submit/`, or
 * `/en/submit/`) and reads its hidden `formToken` field. Servers that take it at once must be started with
 * `SUBMIT_MIN_FILL_MS: '0'`, or the story is refused as sent too fast. Throws when the page has no token.
 */
export async function formTokenFromPage(baseUrl: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<string> {
  const page = await fetch(`${baseUrl}${lang === 'en' ? '/en' : ''}/submit/`);
  const html = await page.text();
  const input = /<input[^>]*\bname="formToken"[^>]*>/.exec(html)?.[0];
  const token = input && /\bvalue="([^"]+)"/.exec(input)?.[1];
  if (page.status !== 200 || !token) throw new Error(`no form token on ${baseUrl}/submit/ (${page.status})`);
  return token;
}
