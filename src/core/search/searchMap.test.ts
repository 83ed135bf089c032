import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../i18n/messages';
import type { Landmark } from '../../schemas/landmark';
import { landmarkSearchTerms } from './landmarkSearchTerms';
import { parseQuery } from './parseQuery';
import { rankLandmarks } from './rankLandmarks';
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
    { id: 'pet-tribe', names: ['爱宠部落', 'Pet Tribe'], words: ['爱宠部落', 'Pet area'] },
    { id: 'checkin-05', names: ['山水长卷', 'Mountains-and-Rivers Scroll'], words: ['涂鸦打卡点', 'Mural check-in points'] },
    { id: 'checkin-08', names: ['乘梯八不要', 'Eight Lift Don\'ts'], words: ['涂鸦打卡点', 'Mural check-in points'] },
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
    expect(searchMap('宠猫', index).suggestions).toEqual([{ type: 'landmark', id: 'pet-tribe' }]);
    expect(searchMap('pets tribe', index).suggestions).toEqual([{ type: 'landmark', id: 'pet-tribe' }]);
    expect(searchMap('zzzz', index)).toEqual({ matches: [], suggestions: [] });
  });
});

/** Cailing's real landmarks, with the words of the site's two languages, as the map page builds its index. */
const landmarks = (JSON.parse(readFileSync('data/landmarks.geojson', 'utf8')) as { features: Landmark[] }).features;
const dictionaries = ['zh-CN', 'en'].map(messagesOf);
const cailing: SearchIndex = {
  buildings: [14, 18, 20, 22],
  stairwells: ['22-1', '22-2', '22-3'],
  landmarks: landmarks.map((l) => ({ id: l.id, ...landmarkSearchTerms(l.properties, dictionaries) })),
};
const celebrity = ['celebrity-14', 'celebrity-18', 'celebrity-20', 'celebrity-22'];
const checkins = landmarks.filter((l) => l.properties.kind === 'checkin').map((l) => l.id);

describe('search that forgives, over the real landmarks', () => {
  it.each([
    // What a resident types → what comes first (and how many things are found).
    ['宠物', 'pet-tribe', 1],
    ['狗', 'pet-tribe', 1],
    ['猫', 'pet-tribe', 1],
    ['遛狗', 'pet-tribe', 1],
    ['我家小狗', 'pet-tribe', 1],
    ['dog', 'pet-tribe', 1],
    ['Dogs', 'pet-tribe', 1],
    ['pets', 'pet-tribe', 1],
    ['cat', 'pet-tribe', 1],
    ['pet', 'pet-tribe', 2], // and the Pet Friends Mural, whose name has "pet" in it
    ['爱宠部落', 'pet-tribe', 1],
    ['网红楼道', 'celebrity-14', 4],
    ['celebrity', 'celebrity-14', 4],
    ['22幢网红楼道', 'celebrity-22', 1],
    ['打卡', 'checkin-01', 12],
    ['打卡点', 'checkin-01', 12],
    ['check-in', 'checkin-01', 12],
    ['Check in', 'checkin-01', 12],
    ['stamp', 'checkin-01', 12],
    ['长椅', 'bench-14', 3],
    ['bench', 'bench-14', 3],
    ['井盖', 'manhole-covers-west', 3], // the two painted covers before the Family Manhole-Cover Garden
    ['manhole', 'manhole-covers-west', 3],
    ['坡道', 'ramp-south-gate', 3],
    ['ramp', 'ramp-south-gate', 3],
    ['采绘步道', 'walkway', 1],
  ])('%s → %s first (%i found)', (query, first, count) => {
    const { matches } = searchMap(query, cailing);
    expect(matches[0]).toEqual({ type: 'landmark', id: first });
    expect(matches).toHaveLength(count);
  });

  it('lists all four celebrity stairwells and all check-in points, in the data\'s order', () => {
    expect(searchMap('网红', cailing).matches.map((m) => m.id)).toEqual(celebrity);
    expect(searchMap('stamps', cailing).matches.map((m) => m.id)).toEqual(checkins);
  });

  it.each([
    // A miss → the close matches it suggests.
    ['爱宠乐土', ['checkin-11', 'pet-tribe']], // 爱宠乐园 shares three of its characters, 爱宠部落 two
    ['网虹楼道', celebrity.slice(0, 3)],
    ['dgo', ['pet-tribe']],
    ['benhc', ['bench-14', 'bench-20', 'bench-42']],
    ['celebrty', celebrity.slice(0, 3)],
  ])('misses %s and suggests %j', (query, suggested) => {
    const { matches, suggestions } = searchMap(query, cailing);
    expect(matches).toEqual([]);
    expect(suggestions.map((s) => s.id)).toEqual(suggested);
  });

  it('finds nothing and suggests nothing for a word unlike any', () => {
    expect(searchMap('zzzz', cailing)).toEqual({ matches: [], suggestions: [] });
    expect(searchMap('!!!', cailing)).toEqual({ matches: [], suggestions: [] });
  });
});

describe('rankLandmarks', () => {
  const two = [
    { id: 'mural', names: ['Pet Friends Mural'], words: ['mural'] },
    { id: 'pets', names: ['Pet Tribe'], words: ['pet', 'dog'] },
  ];
  it('puts a kind word that is the query before a name that merely contains it', () => {
    expect(rankLandmarks('pet', two)).toEqual(['pets', 'mural']);
  });
  it('puts a name that is the query first of all', () => {
    expect(rankLandmarks('pet friends mural', two)).toEqual(['mural']);
    expect(rankLandmarks('PET-TRIBE', two)).toEqual(['pets']);
  });
  it('does not match a query that merely contains one or two letters of a word', () => {
    expect(rankLandmarks('xdx', [{ id: 'a', names: ['A'], words: ['d'] }])).toEqual([]);
  });
});
