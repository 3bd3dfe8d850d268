import { describe, expect, it } from 'vitest';
import { newValues, targetingOf, toInput } from './formValues';

const stockholm = { latitude: 59.33, longitude: 18.07 };

describe('the warning form as a request', () => {
  it('sends a polygon only once it has three corners, and a circle only with a centre', () => {
    const values = { ...newValues(), corners: [stockholm, { latitude: 59.4, longitude: 18.1 }] };
    expect(targetingOf(values).polygons).toEqual([]);
    expect(targetingOf(values).circles).toEqual([]);
    const drawn = {
      ...values,
      corners: [...values.corners, { latitude: 59.3, longitude: 18.2 }],
      circle: { center: stockholm, radiusKm: '2,5' },
    };
    expect(targetingOf(drawn).polygons).toHaveLength(1);
    expect(targetingOf(drawn).circles).toEqual([{ center: stockholm, radiusKm: 2.5 }]);
  });

  it('keeps the areas and organisations it cannot edit', () => {
    const kept = { ...newValues(), otherCircles: [{ center: stockholm, radiusKm: 1 }], orgIds: ['x'] };
    expect(targetingOf(kept).circles).toEqual([{ center: stockholm, radiusKm: 1 }]);
    expect(targetingOf(kept).orgIds).toEqual(['x']);
  });

  it('reads the times as Swedish time and leaves an empty start to the server', () => {
    const input = toInput({ ...newValues(), title: ' Rubrik ', validUntil: '2026-01-15T08:30' }, null);
    expect(input.title).toBe('Rubrik');
    expect(input.validUntil).toBe('2026-01-15T07:30:00.000Z');
    expect('validFrom' in input).toBe(false);
  });
});
