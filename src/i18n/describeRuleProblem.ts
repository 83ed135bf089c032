import type { RuleProblem } from '../core/mapEdit/proposeMapEdits';
import type { Translate } from './translator';

/** Rules whose sentence alone does not say what to fix: the check's own words follow as details. */
const WITH_DETAIL = new Set<RuleProblem['rule']>(['edit', 'schema', 'other']);

/**
 * A map change a `check:data` rule refuses, in the moderator's language: the feature and the rule's name, and
 * for the rules whose sentence is too general to act on (a wrong property, a malformed edit) the check's own words.
 * A problem of the whole map (`featureId` `-`) names the features its check named (`features`).
 * `deleted`: the check-in points the same change deletes; a trail problem about one says it cannot be deleted.
 * @example describeRuleProblem(translator('zh-CN'), { rule: 'inside-boundary', featureId: 'checkin-05', message: '…' }) === 'checkin-05 在小区边界之外（规则：inside-boundary）'
 */
export function describeRuleProblem(t: Translate, p: Pick<RuleProblem, 'rule' | 'featureId' | 'message' | 'features'>, deleted: ReadonlySet<string> = new Set()): string {
  // A problem of the whole map names the features its message names ("checkin-04, checkin-05"), else none.
  const feature = p.featureId === '-' ? p.features?.join(', ') || '—' : p.featureId;
  if (p.rule === 'trail' && deleted.has(p.featureId)) return t('mapRule.trail.delete', { feature });
  const message = t(`mapRule.${p.rule}`, { feature });
  return WITH_DETAIL.has(p.rule) ? t('mapRule.detail', { message, detail: p.message.slice(0, 300) }) : message;
}
