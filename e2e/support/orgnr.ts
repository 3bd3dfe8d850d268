/** The Luhn check digit of a digit string (weights 2, 1, 2, … from the left, as in Swedish identity numbers). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A valid aktiebolag organisationsnummer (NNNNNN-NNNN) that is new on every run: group digit 5,
 * third digit at least 2 (what tells a legal entity from a personnummer), Luhn check digit last.
 */
export function uniqueOrgNumber(seed = Date.now()): string {
  const tail = String(seed).slice(-6).padStart(6, '0');
  const third = 2 + (seed % 8);
  const nine = `5${Math.floor(seed / 8) % 10}${third}${tail}`;
  const full = `${nine}${luhnCheckDigit(nine)}`;
  return `${full.slice(0, 6)}-${full.slice(6)}`;
}
