import { describe, expect, it } from 'vitest';
import { messagesOf, SUPPORTED_LOCALES } from '../../i18n/messages';
import type { Landmark } from '../../schemas/landmark';
import {
  ILLUSTRATION_MOTIFS, kindOneKey, kindSynonymsKey, kindsOf, kindTextKey, LANDMARK_KIND_REGISTRY, LANDMARK_KINDS, type LandmarkKindRegistry,
} from '../../schemas/landmarkKinds';
import { illustrationSvg } from '../illustrations/illustrationSvg';
import { landmarkLegend } from '../map/landmarkLegend';
import { LANDMARK_LAYERS, landmarkLayersOf, layerOfKind } from '../map/layerKeys';
import { landmarkSearchTerms } from '../search/landmarkSearchTerms';

/** The real registry plus a made-up kind with a layer of its own, as a maintainer would add it. */
const WITH_PLAYGROUND = {
  ...LANDMARK_KIND_REGISTRY,
  playground: { colour: '#2e7d32', symbol: '☺', layer: 'own', illustration: { motif: 'bench', ground: '#e8f5e9' } },
} as const satisfies LandmarkKindRegistry;
const DICTIONARIES = [
  { ...messagesOf('zh-CN'), 'kind.playground': '儿童乐园' },
  { ...messagesOf('en'), 'kind.playground': 'Playground' },
];

describe('the landmark kind registry', () => {
  it('lists the kinds in legend order, check-in points first and "other" last', () => {
    expect(LANDMARK_KINDS).toEqual(['checkin', 'walkway', 'celebrity-stairwell', 'pet-area', 'meeting-spot', 'showcase', 'bench', 'manhole', 'ramp', 'mural', 'other']);
    expect(LANDMARK_LAYERS).toEqual(['checkin', 'walkway', 'pet-area', 'others']);
  });

  it('gives every kind a name in every language, an illustration of its own motif and a colour', () => {
    for (const kind of LANDMARK_KINDS) {
      for (const lang of SUPPORTED_LOCALES) expect(messagesOf(lang)[kindTextKey(kind)], `${lang} ${kind}`).toBeTruthy();
      // …and a name for one of them (a details sheet, an option): "Bench" under a bench's name, not "Benches".
      for (const lang of SUPPORTED_LOCALES) expect(messagesOf(lang)[kindOneKey(kind)], `${lang} ${kind}`).toBeTruthy();
      const { illustration, colour } = LANDMARK_KIND_REGISTRY[kind];
      expect(ILLUSTRATION_MOTIFS, kind).toContain(illustration.motif);
      expect(colour, kind).toMatch(/^#[0-9a-f]{6}$/);
      const svg = illustrationSvg({ type: 'Feature', id: kind, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { kind, name: { 'zh-CN': kind } } } as Landmark);
      expect(svg, kind).toContain(`fill="${illustration.ground}"`);
      expect(svg, kind).not.toContain('undefined');
    }
  });

  it('shows a newly added kind with its own layer in the layer list and the legend, in registry order', () => {
    expect(kindsOf(WITH_PLAYGROUND).at(-1)).toBe('playground');
    expect(landmarkLayersOf(WITH_PLAYGROUND)).toEqual(['checkin', 'walkway', 'pet-area', 'playground', 'others']);
    expect(layerOfKind('playground', WITH_PLAYGROUND)).toBe('playground');
    const legend = landmarkLegend(['bench', 'playground'], WITH_PLAYGROUND);
    expect(legend.map((row) => row.layer)).toEqual(['checkin', 'walkway', 'pet-area', 'playground', 'others']);
    expect(legend.find((row) => row.layer === 'playground')!.kinds).toEqual([{ kind: 'playground', colour: '#2e7d32', symbol: '☺' }]);
    // Only the "other" kinds the map has are listed under "others".
    expect(legend.at(-1)!.kinds.map((k) => k.kind)).toEqual(['bench']);
  });

  it('lists a newly added kind without a layer of its own under "others" once the map has one', () => {
    const shared = { ...WITH_PLAYGROUND, playground: { ...WITH_PLAYGROUND.playground, layer: 'others' } } as const satisfies LandmarkKindRegistry;
    expect(landmarkLayersOf(shared)).toEqual(['checkin', 'walkway', 'pet-area', 'others']);
    expect(landmarkLegend(['playground', 'ramp'], shared).at(-1)!.kinds.map((k) => [k.kind, k.symbol])).toEqual([['ramp', '◢'], ['playground', '☺']]);
  });

  it('finds a newly added kind by its name in every language', () => {
    const terms = landmarkSearchTerms({ kind: 'playground', name: { 'zh-CN': '22幢滑梯', en: 'Slide at 22' } }, DICTIONARIES, WITH_PLAYGROUND);
    expect(terms).toEqual({ names: ['22幢滑梯', 'Slide at 22'], words: ['儿童乐园', 'Playground'] });
    expect(() => landmarkSearchTerms({ kind: 'playground', name: {} }, DICTIONARIES)).toThrow('unknown landmark kind: playground');
  });

  it('finds the pet area by "Pet area" and "dog" on the Chinese page too', () => {
    const terms = landmarkSearchTerms({ kind: 'pet-area', name: { 'zh-CN': '爱宠部落' } }, [messagesOf('zh-CN'), messagesOf('en')]);
    expect(terms.names).toEqual(['爱宠部落']);
    expect(terms.words).toEqual(expect.arrayContaining(['爱宠部落', '宠物', '狗', 'Pet area', 'dog', 'pets']));
  });

  it('gives every kind a list of synonyms in every language', () => {
    for (const kind of LANDMARK_KINDS) {
      for (const lang of SUPPORTED_LOCALES) expect(messagesOf(lang)[kindSynonymsKey(kind)], `${lang} ${kind}`).toBeTruthy();
    }
  });

  it('numbers the check-in point illustration, and not a mural sharing its motif', () => {
    const of = (kind: 'checkin' | 'mural', order?: number) => illustrationSvg({ type: 'Feature', id: kind, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { kind, name: { 'zh-CN': kind }, order } } as Landmark);
    expect(of('checkin', 7)).toMatch(/>7<\/text>/);
    expect(of('mural')).not.toContain('<text');
  });

  it('makes a kind without an illustration a type error', () => {
    // @ts-expect-error: `illustration` is required, so a new kind cannot silently fall back to another's drawing.
    const missing: LandmarkKindRegistry = { swing: { colour: '#000000', symbol: 'S', layer: 'others' } };
    expect(missing.swing).toBeDefined();
  });
});
