import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator';
import { localizeErrors } from './localizeErrors';

describe('localizeErrors', () => {
  it('tells a rate-limited resident the wait in whole minutes, in their language', () => {
    expect(localizeErrors(translator('zh-CN'), { form: 'rate-limited' }, 700)).toEqual({ form: '提交得太频繁了，请 12 分钟后再试。' });
    expect(localizeErrors(translator('en'), { form: 'rate-limited' }, 700).form).toBe('Too many stories from this connection; try again in 12 minutes.');
    expect(localizeErrors(translator('en'), { form: 'rate-limited' }, 5).form).toMatch(/in 1 minute/);
  });
  it('names the field whose text shows nothing, and falls back to the field\'s general message', () => {
    expect(localizeErrors(translator('zh-CN'), { title: 'invisible', body: 'invisible' })).toEqual({
      title: '标题里没有看得见的字。请用文字或数字写一个标题。',
      body: '故事里没有看得见的字。请用文字写下这个故事。',
    });
    expect(localizeErrors(translator('en'), { kind: 'whatever' })).toEqual({ kind: 'Choose what kind of place it is.' });
  });
});
