/**
 * Fills `{name}` placeholders from `vars`; unknown ones stay as they are.
 * @example fillPlaceholders('{number}幢', { number: 22 }) === '22幢'
 */
export function fillPlaceholders(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
