import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { baseFeatureSchema } from '../../schemas/baseFeature';
import { buildingPropertiesSchema } from '../../schemas/building';
import { landmarkSchema } from '../../schemas/landmark';
import { fieldProblem } from './fieldProblem';

const problemsOf = (schema: z.ZodTypeAny, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), ...fieldProblem(i) }));
};

describe('fieldProblem (the details form says what is wrong in the moderator’s words, not zod’s)', () => {
  it('names a missing number, one out of range, and a fraction where a whole number belongs', () => {
    const building = { number: 12, name: { 'zh-CN': '12 幢', en: 'Building 12' }, stairwells: 3, storeys: 6, lift: false, status: 'renewed' };
    expect(problemsOf(buildingPropertiesSchema, { ...building, stairwells: undefined })).toEqual([{ path: 'stairwells', key: 'mapEditor.problem.required', values: {} }]);
    expect(problemsOf(buildingPropertiesSchema, { ...building, stairwells: 40 })).toEqual([{ path: 'stairwells', key: 'mapEditor.problem.tooBig', values: { max: 20 } }]);
    expect(problemsOf(buildingPropertiesSchema, { ...building, number: 0 })).toEqual([{ path: 'number', key: 'mapEditor.problem.above', values: { min: 0 } }]);
    expect(problemsOf(buildingPropertiesSchema, { ...building, storeys: 0 })).toEqual([{ path: 'storeys', key: 'mapEditor.problem.tooSmall', values: { min: 1 } }]);
    expect(problemsOf(buildingPropertiesSchema, { ...building, storeys: 5.5 })[0]).toMatchObject({ path: 'storeys', key: 'mapEditor.problem.integer' });
    expect(problemsOf(buildingPropertiesSchema, { ...building, status: 'painted-purple' })[0]).toMatchObject({ path: 'status', key: 'mapEditor.problem.choice' });
  });
  it('names text that is empty, too long or in the wrong form', () => {
    expect(problemsOf(z.object({ t: z.string().min(1) }), { t: '' })[0]).toMatchObject({ key: 'mapEditor.problem.required' });
    expect(problemsOf(z.object({ t: z.string().min(4) }), { t: 'ab' })[0]).toMatchObject({ key: 'mapEditor.problem.tooShort', values: { min: 4 } });
    expect(problemsOf(z.object({ t: z.string().max(3) }), { t: 'abcd' })[0]).toMatchObject({ key: 'mapEditor.problem.tooLong', values: { max: 3 } });
    expect(problemsOf(z.object({ t: z.string().regex(/^b\d+$/) }), { t: 'x' })[0]).toMatchObject({ key: 'mapEditor.problem.format' });
    expect(problemsOf(z.object({ t: z.string().refine(() => false, 'custom words') }), { t: 'x' })[0]).toMatchObject({ key: 'mapEditor.problem.invalid' });
  });
  it('says what a map rule wants, on the field it is about: a check-in point needs its order and must be a point; a bench has no order; a gate is a point', () => {
    const name = { 'zh-CN': '示例', en: 'Sample' };
    const point = { type: 'Point', coordinates: [119.97, 31.81] };
    const area = { type: 'Polygon', coordinates: [[[119.97, 31.81], [119.971, 31.81], [119.971, 31.811], [119.97, 31.81]]] };
    const landmark = (properties: object, geometry: object = point) => problemsOf(landmarkSchema, { type: 'Feature', id: 'sample', geometry, properties: { name, ...properties } });
    expect(landmark({ kind: 'checkin' })).toEqual([{ path: 'properties.order', key: 'mapEditor.problem.checkinNeeds', values: {} }]);
    expect(landmark({ kind: 'bench', order: 3 })).toEqual([{ path: 'properties.order', key: 'mapEditor.problem.checkinOnly', values: {} }]);
    expect(landmark({ kind: 'checkin', order: 3 }, area)).toEqual([{ path: 'geometry', key: 'mapEditor.problem.point', values: {} }]);
    expect(landmark({ kind: 'pet-area' })).toEqual([{ path: 'geometry', key: 'mapEditor.problem.area', values: {} }]);
    expect(landmark({ kind: 'walkway' })).toEqual(expect.arrayContaining([{ path: 'geometry', key: 'mapEditor.problem.line', values: {} }, { path: 'properties.stops', key: 'mapEditor.problem.required', values: {} }]));
    expect(problemsOf(baseFeatureSchema, { type: 'Feature', id: 'gate-x', geometry: area, properties: { kind: 'gate', name } })).toEqual([{ path: 'geometry', key: 'mapEditor.problem.point', values: {} }]);
  });
});
