/**
 * A label split before its closing aside in brackets (full-width or not), the part a narrow screen may leave to
 * screen readers; no aside, no split.
 * @example trailingAside('长辈模式（大字）') → ['长辈模式', '（大字）']
 * @example trailingAside('Large text') → ['Large text', '']
 */
export function trailingAside(label: string): [string, string] {
  const m = /^(.*?\S)(\s*[（(][^（()）]*[)）])$/u.exec(label);
  return m ? [m[1]!, m[2]!] : [label, ''];
}
