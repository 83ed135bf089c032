/**
 * Text made safe inside HTML or SVG markup and attribute values: `& < > " '` as character references.
 * @example escapeHtml('<b title="x">') === '&#60;b title=&#34;x&#34;&#62;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
