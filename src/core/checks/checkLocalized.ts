/**
 * Names every `name`-like text (an object keyed by language) under `value` that lacks one of `languages`.
 * @example checkLocalized({ name: { 'zh-CN': '爱宠部落' } }, ['zh-CN', 'en']) → ['name: missing en']
 */
export function checkLocalized(value: unknown, languages: readonly string[], path = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const entries = Object.entries(value as Record<string, unknown>);
  const looksLocalized = entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2}(-[A-Z]{2})?$/.test(k) && typeof v === 'string');
  if (looksLocalized) {
    return languages.filter((lang) => !(lang in (value as object))).map((lang) => `${path || 'text'}: missing ${lang}`);
  }
  return entries.flatMap(([k, v]) => checkLocalized(v, languages, path ? `${path}.${k}` : k));
}
