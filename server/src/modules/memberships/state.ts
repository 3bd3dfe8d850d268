/** The columns a changed number resets: a new number is a new claim, waiting for an analyst again. */
export function membershipClaim(number: string | null, now = new Date()) {
  return {
    membershipNumber: number,
    membershipClaimedAt: number === null ? null : now,
    membershipDecision: null,
    membershipDecidedAt: null,
    membershipDecidedBy: null,
  };
}
