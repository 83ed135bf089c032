import { describe, expect, it } from 'vitest';
import { plainTextToMarkdown } from '../core/text/plainTextToMarkdown';
import { photoSubmissionSchema, submissionSchema } from './submission';

const good = {
  lang: 'zh-CN', title: '三楼奶奶的花', body: '楼道口摆着一排花，是三楼的奶奶每天浇水照顾的。', kind: 'other',
  stairwell: '22-3', consent: 'yes', website: '', formToken: '1764400000000.signature', contact: '',
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
    // Any well-formed tag passes the schema; one the community does not speak is refused by receiveSubmission.
    expect(fieldsOf({ ...good, lang: 'French' })).toEqual(['lang']);
    expect(fieldsOf({ ...good, contact: 'x'.repeat(121) })).toEqual(['contact']);
    expect(fieldsOf({ ...good, website: 'http://spam.example' })).toEqual(['website']);
    expect(fieldsOf({ ...good, website: undefined })).toEqual(['website']);
    expect(fieldsOf({ ...good, formToken: undefined })).toEqual(['formToken']);
  });
  it('normalises text before checking it: control characters and bidi tricks are gone', () => {
    const r = submissionSchema.parse({ ...good, title: ' 花\u202e\u0000墙 ' });
    expect(r.title).toBe('花墙');
    expect(fieldsOf({ ...good, title: '\u200b\u200b' })).toEqual(['title']);
  });
  it('refuses a title or story that shows no letters or digits, saying which', () => {
    const issue = (input: object) => submissionSchema.safeParse(input).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issue({ ...good, title: '\u3164\u3164\u3164' })).toEqual([['title', 'invisible']]);
    expect(issue({ ...good, title: '\u2800\u2800' })).toEqual([['title', 'invisible']]);
    expect(issue({ ...good, title: '\u200f\u3164\u200f' })).toEqual([['title', 'invisible']]);
    expect(issue({ ...good, body: '\u3164'.repeat(30) })).toEqual([['body', 'invisible']]);
  });
  it('counts e-mail addresses and bare domains as links', () => {
    expect(fieldsOf({ ...good, body: `${good.body} 找 li@flowers.cn 或 flowers.cn` })).toEqual([]);
    expect(fieldsOf({ ...good, body: `${good.body} 找 li@flowers.cn 或 flowers.cn 或 shop.example.cn/x` })).toEqual(['body']);
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
  it('keeps a line of "=" or "-" under text from turning that text into a heading', () => {
    expect(plainTextToMarkdown('Setext heading test\n===\nand\n---')).toBe('Setext heading test  \n\\===  \nand  \n\\---');
  });
});

describe('photoSubmissionSchema (a resident adds a photo to an existing place)', () => {
  const photo = { lang: 'zh-CN', landmark: 'checkin-03', alt: '井盖上画着两条橙色的小鱼，旁边有雨后的水洼。', consent: 'yes', website: '', formToken: '1764400000000.signature', contact: '' };
  const photoFieldsOf = (input: object) => {
    const r = photoSubmissionSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
  };
  it('accepts a landmark id and a short description of what the photo shows', () => {
    expect(photoFieldsOf(photo)).toEqual([]);
    expect(photoSubmissionSchema.parse({ ...photo, alt: ' 小鱼\u202e井盖 ' }).alt).toBe('小鱼井盖');
  });
  it('names the field that is wrong, with why', () => {
    expect(photoFieldsOf({ ...photo, alt: '' })).toEqual(['alt:String must contain at least 1 character(s)']);
    expect(photoFieldsOf({ ...photo, alt: '\u200b\u200b' })).toHaveLength(1);
    expect(photoFieldsOf({ ...photo, alt: '字'.repeat(201) })[0]).toMatch(/^alt:/);
    expect(photoFieldsOf({ ...photo, alt: '看这里 https://spam.example' })).toEqual(['alt:links']);
    expect(photoFieldsOf({ ...photo, landmark: '../data/x' })[0]).toMatch(/^landmark:/);
    expect(photoFieldsOf({ ...photo, consent: undefined })[0]).toMatch(/^consent:/);
    expect(photoFieldsOf({ ...photo, website: 'x' })[0]).toMatch(/^website:/);
  });
});
