import { describe, expect, it } from 'vitest';
import { answerText, questions } from './labels';
import { dayBoundary, fromLocalInput, toLocalInput } from './time';

const question = (id: string) => {
  const found = questions.find((q) => q.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('incident answers as text', () => {
  it('names options, money and yes/no in the chosen language', () => {
    const yesNo: [string, string] = ['Ja', 'Nej'];
    expect(answerText(question('valueSek'), 25000, 'sv', yesNo)).toBe('25\u00a0000 kr');
    expect(answerText(question('tools'), ['knife', 'drill'], 'sv', yesNo)).toBe('Kniv, Borr');
    expect(answerText(question('tools'), ['knife'], 'en', yesNo)).toBe('Knife');
    expect(answerText(question('policeCalled'), false, 'sv', yesNo)).toBe('Nej');
  });
});

describe('datetime-local values', () => {
  it('round-trip through ISO without losing the minute', () => {
    const local = '2026-03-29T02:30';
    expect(toLocalInput(fromLocalInput('2026-01-15T08:05'))).toBe('2026-01-15T08:05');
    expect(fromLocalInput(local)).toMatch(/Z$/);
    expect(
      new Date(dayBoundary('2026-01-15', true)).getTime() -
        new Date(dayBoundary('2026-01-15', false)).getTime(),
    ).toBe(86_400_000);
  });
});
