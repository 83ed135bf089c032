import { describe, expect, it } from 'vitest';
import { buildingPropertiesSchema } from '../../schemas/building';
import { landmarkPropertiesSchema } from '../../schemas/landmark';
import { schemaFields } from './schemaFields';

describe('schemaFields', () => {
  it('makes a building’s form from its schema: number with its bounds, names, yes/no and the status choice', () => {
    const fields = schemaFields(buildingPropertiesSchema);
    expect(fields.map((f) => f.key)).toEqual(['number', 'name', 'stairwells', 'storeys', 'lift', 'status']);
    expect(fields[0]).toEqual({ key: 'number', type: 'number', optional: false, integer: true, min: 1, max: 9999 });
    expect(fields[2]).toMatchObject({ type: 'number', min: 1, max: 20 });
    expect(fields.find((f) => f.key === 'status')).toMatchObject({ type: 'enum', options: ['celebrity', 'renewed', 'in-progress', 'not-yet'] });
    expect(fields.find((f) => f.key === 'name')!.type).toBe('localized');
  });
  it('marks a landmark’s optional details, lists the walkway’s stops, and leaves provenance to saving', () => {
    const fields = schemaFields(landmarkPropertiesSchema);
    expect(fields.find((f) => f.key === 'order')).toMatchObject({ type: 'number', optional: true });
    expect(fields.find((f) => f.key === 'stops')).toMatchObject({ type: 'list', optional: true });
    expect(fields.find((f) => f.key === 'kind')).toMatchObject({ type: 'enum' });
    expect(fields.some((f) => f.key === 'provenance')).toBe(false);
  });
});
