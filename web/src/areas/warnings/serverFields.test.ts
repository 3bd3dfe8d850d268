import { describe, expect, it } from 'vitest';
import { formFieldOf, placeFieldErrors } from './serverFields';

describe('server field errors on the warning form', () => {
  it('puts the text fields at their inputs', () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('body.validUntil')).toBe('validUntil');
  });

  it('gathers everything about the targeting above its section', () => {
    expect(formFieldOf('targeting')).toBe('targeting');
    expect(formFieldOf('targeting.polygons.0.2.latitude')).toBe('targeting');
    expect(
      placeFieldErrors({
        'targeting.counties.0': 'Okänt län',
        'targeting.circles.0.radiusKm': 'Högst 500 km',
      }),
    ).toEqual({ placed: { targeting: 'Okänt län Högst 500 km' }, unplaced: [] });
  });

  it('leaves what the form does not show for the form-level alert', () => {
    expect(placeFieldErrors({ groupId: 'Okänd grupp', updatedAt: 'Ändrad' })).toEqual({
      placed: {},
      unplaced: ['Okänd grupp', 'Ändrad'],
    });
  });
});
