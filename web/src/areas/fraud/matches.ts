import type { FraudEntrySummary, FraudMatch, FraudSearchResult } from './queries';

export type MatchedOn = FraudMatch['matchedOn'];

export interface GroupedMatch {
  entry: FraudEntrySummary;
  /** Every detail of the query the entry matched on; one number can be a bankgiro and a plusgiro at once. */
  matchedOn: MatchedOn[];
}

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv') ===
  b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * The search's matches split into entries listed with what was searched for (an identifier or the exact name)
 * and entries whose name only resembles it, each entry once. A similarity of 1 is not enough for the first:
 * the server gives it to a name that contains every word of the query, too.
 */
export function groupMatches(result: FraudSearchResult): { exact: GroupedMatch[]; similar: GroupedMatch[] } {
  const name = result.readAs.find((reading) => reading.kind === 'name')?.value ?? null;
  const isExact = (match: FraudMatch) =>
    match.matchedOn !== 'name' || (name !== null && sameName(match.entry.companyName, name));
  const listedByName = result.verdict === 'listed' && !result.matches.some(isExact);
  const exact = new Map<string, GroupedMatch>();
  const similar = new Map<string, GroupedMatch>();
  for (const match of result.matches) {
    // The server found the exact name by rules of its own (punctuation, say): its full matches are the ones.
    const target = isExact(match) || (listedByName && match.similarity >= 1) ? exact : similar;
    const known = exact.get(match.entry.id) ?? similar.get(match.entry.id);
    if (known) {
      if (!known.matchedOn.includes(match.matchedOn)) known.matchedOn.push(match.matchedOn);
    } else {
      target.set(match.entry.id, { entry: match.entry, matchedOn: [match.matchedOn] });
    }
  }
  return { exact: [...exact.values()], similar: [...similar.values()] };
}
