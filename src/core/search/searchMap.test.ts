import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';
import { searchMap, type SearchIndex } from './searchMap';

describe('parseQuery', () => {
  it.each([
    ['22', { type: 'building', number: 22 }],
    ['22幢', { type: 'building', number: 22 }],
    ['２２栋', { type: 'building', number: 22 }],
    ['22号楼', { type: 'building', number: 22 }],
    ['Building 22', { type: 'building', number: 22 }],
    ['22-3', { type: 'stairwell', building: 22, unit: 3 }],
    ['22－3', { type: 'stairwell', building: 22, unit: 3 }],
    ['22幢3单元', { type: 'stairwell', building: 22, unit: 3 }],
    ['22 幢 3 单元', { type: 'stairwell', building: 22, unit: 3 }],
    ['building 22 stairwell 3', { type: 'stairwell', building: 22, unit: 3 }],
    ['22, unit 3', { type: 'stairwell', building: 22, unit: 3 }],
    ['  爱宠部落 ', { type: 'text', text: '爱宠部落' }],
    ['Pet  Tribe', { type: 'text', text: 'pet tribe' }],
    ['   ', { type: 'empty' }],
  ])('%s', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });
});

const index: SearchIndex = {
  buildings: [12, 13, 14, 21, 22, 23],
  stairwells: ['14-1', '14-2', '14-3', '22-1', '22-2', '22-3'],
  landmarks: [
    { id: 'pet-tribe', terms: ['爱宠部落', 'Pet Tribe', '爱宠部落', 'Pet area'] },
    { id: 'checkin-05', terms: ['山水长卷', 'Mountains-and-Rivers Scroll', '涂鸦打卡点', 'Mural check-in points'] },
    { id: 'checkin-08', terms: ['乘梯八不要', 'Eight Lift Don\'ts', '涂鸦打卡点', 'Mural check-in points'] },
  ],
};

describe('searchMap', () => {
  it('finds building 14 and stairwell 22-3', () => {
    expect(searchMap('14', index).matches).toEqual([{ type: 'building', id: 'b14' }]);
    expect(searchMap('22幢3单元', index).matches).toEqual([{ type: 'stairwell', id: '22-3' }]);
  });
  it('finds landmarks by name and by kind, in either language', () => {
    expect(searchMap('宠', index).matches).toEqual([{ type: 'landmark', id: 'pet-tribe' }]);
    expect(searchMap('mural', index).matches.map((m) => m.id)).toEqual(['checkin-05', 'checkin-08']);
    expect(searchMap('打卡', index).matches).toHaveLength(2);
  });
  it('suggests close matches when nothing matches', () => {
    expect(searchMap('20', index)).toEqual({ matches: [], suggestions: [{ type: 'building', id: 'b21' }, { type: 'building', id: 'b22' }, { type: 'building', id: 'b23' }] });
    expect(searchMap('22-9', index).suggestions.map((s) => s.id)).toEqual(['22-1', '22-2', '22-3']);
    expect(searchMap('宠物', index).suggestions).toEqual([{ type: 'landmark', id: 'pet-tribe' }]);
    expect(searchMap('pets tribe', index).suggestions).toEqual([{ type: 'landmark', id: 'pet-tribe' }]);
    expect(searchMap('zzzz', index)).toEqual({ matches: [], suggestions: [] });
  });
});
