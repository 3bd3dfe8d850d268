import { describe, expect, it } from 'vitest';
import { excerptParts, framedExcerpt, groupFieldErrors, linesToPoints, shownLanguage } from './text';

describe('excerptParts', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptParts('Vid ⟦rån⟧: lämna över ⟦pengarna⟧ lugnt')).toEqual([
      { text: 'Vid ', marked: false },
      { text: 'rån', marked: true },
      { text: ': lämna över ', marked: false },
      { text: 'pengarna', marked: true },
      { text: ' lugnt', marked: false },
    ]);
  });

  it('keeps markup as text and drops unmatched marks', () => {
    expect(excerptParts('<b>x</b> ⟦y')).toEqual([{ text: '<b>x</b> y', marked: false }]);
    expect(excerptParts('a⟧ b')).toEqual([{ text: 'a b', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('linesToPoints', () => {
  it('takes one point per line and drops bullets and blank lines', () => {
    expect(linesToPoints('- Larma\n\n* Lås dörren  \r\n• Ring chefen\n[ ] Skriv rapport\n-5 grader')).toEqual(
      ['Larma', 'Lås dörren', 'Ring chefen', 'Skriv rapport', '-5 grader'],
    );
  });
});

describe('shownLanguage', () => {
  it('falls back to Swedish when there is no English text', () => {
    expect(shownLanguage('en', true)).toBe('en');
    expect(shownLanguage('en', false)).toBe('sv');
    expect(shownLanguage('sv', true)).toBe('sv');
  });
});

describe('groupFieldErrors', () => {
  it('moves messages about single points and tags to their fields', () => {
    const point = (number: number, message: string) => `Punkt ${number}: ${message}`;
    expect(
      groupFieldErrors(
        {
          'sv.items.3': 'Högst 300 tecken',
          'sv.items.5': 'Högst 300 tecken',
          'en.items': 'Lika många',
          'tags.0': 'Högst 40 tecken',
          'sv.title': 'Ange en rubrik',
        },
        point,
      ),
    ).toEqual({
      'sv.items': 'Punkt 4: Högst 300 tecken Punkt 6: Högst 300 tecken',
      'en.items': 'Lika många',
      tags: 'Högst 40 tecken',
      'sv.title': 'Ange en rubrik',
    });
  });
});

describe('framedExcerpt', () => {
  it('marks where the excerpt was cut from its text', () => {
    expect(framedExcerpt('tydligt syfte för ⟦rån⟧ eller')).toBe('… tydligt syfte för ⟦rån⟧ eller …');
    expect(framedExcerpt('Vid ett ⟦rån⟧ gäller detta.')).toBe('Vid ett ⟦rån⟧ gäller detta.');
    expect(framedExcerpt('⟦rån⟧ pågår')).toBe('… ⟦rån⟧ pågår …');
  });
});
