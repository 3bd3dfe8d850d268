import { describe, expect, it } from 'vitest';
import { defaultReportForm, isShown, validateAnswers } from './form';
import { incidentTypes, statusTransitions } from './taxonomy';

describe('the report form as data', () => {
  it('has unique question ids and conditions that refer to earlier questions', () => {
    const ids = defaultReportForm.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    defaultReportForm.questions.forEach((question, index) => {
      const condition = question.showWhen;
      if (condition && 'question' in condition) expect(ids.slice(0, index)).toContain(condition.question);
    });
  });

  it('covers every incident type in the taxonomy with Swedish and English labels', () => {
    expect(incidentTypes).toHaveLength(18);
    for (const type of incidentTypes) {
      expect(type.label.sv.length).toBeGreaterThan(1);
      expect(type.label.en.length).toBeGreaterThan(1);
    }
    for (const [from, targets] of Object.entries(statusTransitions)) expect(targets).not.toContain(from);
  });

  it('shows the value only for theft, robbery, vandalism and the other property crimes', () => {
    const value = defaultReportForm.questions.find((q) => q.id === 'valueSek');
    if (!value) throw new Error('valueSek missing');
    expect(isShown(value, { type: 'robbery' }, {})).toBe(true);
    expect(isShown(value, { type: 'fire' }, {})).toBe(false);
  });

  it('accepts a full detailed answer set', () => {
    const result = validateAnswers(
      defaultReportForm,
      { type: 'robbery' },
      {
        valueSek: 12_500,
        itemsAffected: ' Kassalåda ',
        damagePlace: 'checkout',
        modusOperandi: ['threat_with_weapon'],
        tools: ['knife'],
        perpetratorCount: 2,
        perpetratorTraits: ['masked', 'fled_on_foot'],
        cctvAvailable: true,
        cctvCamera: 'Kamera vid kassa 2',
        witnesses: 1,
        injuredPersons: 0,
        policeCalled: true,
      },
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ itemsAffected: 'Kassalåda', valueSek: 12_500 }),
    });
  });

  it('reports unknown, hidden and malformed answers per field', () => {
    const result = validateAnswers(
      defaultReportForm,
      { type: 'fire' },
      {
        valueSek: 100,
        shoeSize: 42,
        witnesses: -1,
        damagePlace: 'moon',
        tools: ['knife', 'knife'],
        cctvCamera: 'Kamera 1',
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toEqual({
      'answers.valueSek': 'Frågan gäller inte den här händelsen',
      'answers.shoeSize': 'Okänd fråga',
      'answers.witnesses': 'Kan inte vara negativt',
      'answers.damagePlace': 'Välj ett av alternativen',
      'answers.tools': 'Frågan gäller inte den här händelsen',
      'answers.cctvCamera': 'Frågan gäller inte den här händelsen',
    });
  });

  it('treats empty answers as not given and enforces required questions', () => {
    const form = {
      version: 2,
      questions: [{ id: 'x', kind: 'boolean', required: true, label: { sv: 'X', en: 'X' } }],
    } as const;
    expect(validateAnswers(form, { type: 'other' }, { x: null })).toEqual({
      ok: false,
      fields: { 'answers.x': 'Fältet måste fyllas i' },
    });
    expect(validateAnswers(defaultReportForm, { type: 'other' }, { itemsAffected: '', tools: [] })).toEqual({
      ok: true,
      value: {},
    });
  });
});
