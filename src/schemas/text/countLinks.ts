// A host label is ASCII letters and digits with hyphens inside (so Chinese text right before a domain is not
// part of it). TLDs are ASCII letters, all lower or all upper case: "example.com" and "EXAMPLE.CN" count, a
// missing space before a capital ("Mr.Li", "day.Then") does not; one letter ("e.g.") never does.
const LABEL = `[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
const TLD = `(?:[a-z]{2,63}|[A-Z]{2,63}|xn--[a-z0-9-]{1,59})(?![A-Za-z0-9-])`;
const SCHEME = String.raw`[a-z][a-z0-9+.-]{1,15}:\/\/`;
// What follows a host: a path or query in printable ASCII, ending at a space, another script, a comma or
// semicolon, or the start of another scheme, so links glued together still count one by one.
const TAIL = `(?:(?!${SCHEME}|[,;])[!-~])*`;

const WITH_SCHEME = new RegExp(String.raw`\b${SCHEME}${TAIL}|\bwww\.${TAIL}`, 'giu');
// Each pattern may start only where its first part cannot be continued to the left, so a long run of text
// is tried once, not once per character (which would be quadratic in the story's length).
const EMAIL = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:${LABEL}\.)+${TLD}`, 'gu');
const IPV4 = new RegExp(String.raw`(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)${TAIL}`, 'gu');
const BARE_DOMAIN = new RegExp(String.raw`(?<![A-Za-z0-9._@-])(?:${LABEL}\.)+${TLD}${TAIL}`, 'gu');

/**
 * How many links a text holds: anything with a scheme (`https://`, `ftp://`), `www.`, e-mail addresses
 * (`name@host.cn`), bare domains (`example.com`, `shop.example.cn/x`) and IPv4 addresses. Each is counted
 * once (a link found is taken out before looking for the next kind); numbers (`3.5`, `9.30`) and
 * abbreviations (`e.g.`, `U.S.`) are not links. Domains in other scripts (`例子.中国`) are not recognised.
 * @example countLinks('见 https://a.cn/x 或 shop.example.cn，邮件 li@host.cn') === 3
 */
export function countLinks(text: string): number {
  let count = 0;
  let rest = text;
  for (const pattern of [WITH_SCHEME, EMAIL, IPV4, BARE_DOMAIN]) {
    rest = rest.replace(pattern, () => { count += 1; return ' '; });
  }
  return count;
}
