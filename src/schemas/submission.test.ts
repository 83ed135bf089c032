import { describe, expect, it } from 'vitest';
import { cleanText } from '../lib/text/cleanText';
import { plainTextToMarkdown } from '../lib/text/plainTextToMarkdown';
import { submissionSchema } from './submission';

const good = {
  lang: 'zh-CN', title: '三楼奶奶的花', body: '楼道口摆着一排花，是三楼的奶奶每天浇水照顾的。', kind: 'other',
  stairwell: '22-3', consent: 'yes', website: '', startedAt: String(Date.now() - 60_000), contact: '',
};
const fieldsOf = (input: object) => {
  const r = submissionSchema.safeParse(input);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => String(i.path[0])))];
};

describe('submissionSchema', () => {
  it('accepts a story placed at a stairwell, or at a tapped point', () => {
    expect(fieldsOf(good)).toEqual([]);
    expect(fieldsOf({ ...good, stairwell: '', lng: '120.0012', lat: '31.7905' })).toEqual([]);
  });
  it('names each bad field', () => {
    expect(fieldsOf({ ...good, title: '' })).toEqual(['title']);
    expect(fieldsOf({ ...good, title: '字'.repeat(61) })).toEqual(['title']);
    expect(fieldsOf({ ...good, body: '太短' })).toEqual(['body']);
    expect(fieldsOf({ ...good, body: `${'很长'.repeat(3001)}` })).toEqual(['body']);
    expect(fieldsOf({ ...good, body: `${good.body} https://a.example https://b.example www.c.example` })).toEqual(['body']);
    expect(fieldsOf({ ...good, kind: 'checkin' })).toEqual(['kind']);
    expect(fieldsOf({ ...good, consent: 'no' })).toEqual(['consent']);
    expect(fieldsOf({ ...good, stairwell: '', building: '' })).toEqual(['location']);
    expect(fieldsOf({ ...good, stairwell: '', lng: 'NaN', lat: '31.79' })).toContain('lng');
    expect(fieldsOf({ ...good, stairwell: '', lng: '200', lat: '31.79' })).toContain('lng');
    expect(fieldsOf({ ...good, lang: 'fr' })).toEqual(['lang']);
    expect(fieldsOf({ ...good, contact: 'x'.repeat(121) })).toEqual(['contact']);
    expect(fieldsOf({ ...good, website: 'http://spam.example' })).toEqual(['website']);
  });
  it('normalises text before checking it: control characters and bidi tricks are gone', () => {
    const r = submissionSchema.parse({ ...good, title: ' 花\u202e\u0000墙 ' });
    expect(r.title).toBe('花墙');
    expect(fieldsOf({ ...good, title: '\u200b\u200b' })).toEqual(['title']);
  });
});

describe('cleanText', () => {
  it('normalises to NFC, keeps paragraphs, drops controls', () => {
    expect(cleanText('e\u0301')).toBe('é');
    expect(cleanText('  a\r\n\r\n\r\n\r\nb\u0007 ')).toBe('a\n\nb');
  });
});

describe('plainTextToMarkdown', () => {
  it('escapes every tag, link, image and emphasis so the text renders as typed', () => {
    const md = plainTextToMarkdown('<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![x](y) *b* # not a heading\n\n1. not a list');
    expect(md).not.toMatch(/<img|\]\(|!\[/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(md.split('\n\n')[1]).toBe('1\\. not a list');
  });
});
