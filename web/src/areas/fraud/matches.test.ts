import { describe, expect, it } from 'vitest';
import { groupMatches } from './matches';
import type { FraudEntrySummary, FraudSearchResult } from './queries';

const entry = (id: string, companyName = `Bolag ${id} AB`): FraudEntrySummary => ({
  id,
  companyName,
  orgNumber: null,
  firstPublishedAt: '2026-11-01T10:00:00Z',
  reportCount: 1,
  excerpt: '',
});

describe('grouping search matches', () => {
  it('shows an entry once with everything it matched on', () => {
    const result: FraudSearchResult = {
      verdict: 'listed',
      readAs: [
        { kind: 'bankgiro', value: '5050-1055' },
        { kind: 'plusgiro', value: '5050105-5' },
      ],
      matches: [
        { entry: entry('a'), matchedOn: 'bankgiro', similarity: 1 },
        { entry: entry('a'), matchedOn: 'plusgiro', similarity: 1 },
      ],
    };
    expect(groupMatches(result)).toEqual({
      exact: [{ entry: entry('a'), matchedOn: ['bankgiro', 'plusgiro'] }],
      similar: [],
    });
  });

  it('keeps a name containing every word of the query among the similar ones', () => {
    const result: FraudSearchResult = {
      verdict: 'similar',
      readAs: [{ kind: 'name', value: 'Nordiska' }],
      matches: [{ entry: entry('a', 'Nordiska Registret AB'), matchedOn: 'name', similarity: 1 }],
    };
    expect(groupMatches(result)).toEqual({
      exact: [],
      similar: [{ entry: entry('a', 'Nordiska Registret AB'), matchedOn: ['name'] }],
    });
  });

  it('counts the exact name as listed, whatever its case and spacing', () => {
    const result: FraudSearchResult = {
      verdict: 'listed',
      readAs: [{ kind: 'name', value: 'nordiska  registret ab' }],
      matches: [
        { entry: entry('a', 'Nordiska Registret AB'), matchedOn: 'name', similarity: 1 },
        { entry: entry('b', 'Nordiska Registret Väst AB'), matchedOn: 'name', similarity: 0.8 },
      ],
    };
    const { exact, similar } = groupMatches(result);
    expect(exact.map((match) => match.entry.id)).toEqual(['a']);
    expect(similar.map((match) => match.entry.id)).toEqual(['b']);
  });

  it('trusts the server’s listed verdict when the names differ only in what it ignores', () => {
    const result: FraudSearchResult = {
      verdict: 'listed',
      readAs: [{ kind: 'name', value: 'Nordiska Registret AB.' }],
      matches: [{ entry: entry('a', 'Nordiska Registret AB'), matchedOn: 'name', similarity: 1 }],
    };
    expect(groupMatches(result).exact.map((match) => match.entry.id)).toEqual(['a']);
  });
});
