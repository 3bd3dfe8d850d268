import { describe, expect, it } from 'vitest';
import { defaultSeverity, incidentTypes } from './taxonomy';

describe('defaultSeverity', () => {
  it('starts crimes against people and fire as serious, the rest as a disturbance', () => {
    expect(defaultSeverity('robbery')).toBe('serious');
    expect(defaultSeverity('violence')).toBe('serious');
    expect(defaultSeverity('fire')).toBe('serious');
    expect(defaultSeverity('theft')).toBe('disturbance');
    expect(defaultSeverity('near_miss')).toBe('disturbance');
  });

  it('gives every type of the taxonomy one of the three levels', () => {
    for (const type of incidentTypes) {
      expect(['disturbance', 'serious', 'extraordinary']).toContain(defaultSeverity(type.code));
    }
  });
});
