import { describe, expect, it } from 'vitest';
import { MAP_RULES } from '../core/mapEdit/ruleOf';
import { describeRuleProblem } from './describeRuleProblem';
import { translator } from './translator';

const zh = translator('zh-CN');
const en = translator('en');
const tw = translator('zh-TW');
const outside = { rule: 'inside-boundary', featureId: 'checkin-05', message: 'Point is outside the community boundary' } as const;

describe('a refused map change in the moderator’s language', () => {
  it('names the feature and the rule in zh-CN, en and zh-TW', () => {
    expect(describeRuleProblem(zh, outside)).toBe('checkin-05 在小区边界之外（规则：inside-boundary）');
    expect(describeRuleProblem(en, outside)).toBe('checkin-05 is outside the community boundary (rule: inside-boundary)');
    expect(describeRuleProblem(tw, outside)).toBe('checkin-05 在社區邊界之外（規則：inside-boundary）');
  });
  it('has a sentence for every rule, in every language, without the check’s English words unless they are needed', () => {
    for (const t of [zh, en, tw]) {
      for (const rule of [...MAP_RULES, 'edit'] as const) {
        const said = describeRuleProblem(t, { rule, featureId: 'b22', message: 'English check words' });
        expect(said).toContain('b22');
        expect(said).toContain(rule);
        expect(said.includes('English check words')).toBe(rule === 'edit' || rule === 'schema' || rule === 'other');
      }
    }
  });
  it('says a check-in point the change deletes cannot be deleted, rather than that the trail is out of order', () => {
    const p = { rule: 'trail', featureId: 'checkin-05', message: 'trail order 5 missing' } as const;
    expect(describeRuleProblem(zh, p, new Set(['checkin-05']))).toBe('checkin-05 是打卡路线上的打卡点，删掉会打断路线，所以不能删除（规则：trail）');
    expect(describeRuleProblem(zh, p)).toBe('checkin-05：打卡路线不再按顺序经过打卡点（规则：trail）');
  });
  it('names the features a problem of the whole map is about, or “—” when it names none', () => {
    expect(describeRuleProblem(en, { rule: 'totals', featureId: '-', message: 'x' })).toBe('—: the counts of buildings or stairwells no longer add up (rule: totals)');
    expect(describeRuleProblem(zh, { rule: 'checkin-radius', featureId: '-', message: 'x', features: ['checkin-05', 'checkin-06'] })).toBe('checkin-05, checkin-06 离另一个打卡点太近，打卡范围会重叠（规则：checkin-radius）');
  });
});
