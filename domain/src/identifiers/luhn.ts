/**
 * Luhn (mod 10) as used by Swedish identity numbers: weights 2,1,2,1… from the left over the
 * payload, so the check digit is appended on the right. The packages do this internally, but
 * tests need to generate valid numbers and must not trust the code under test to do it.
 */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new Error('Luhn payload must be digits only');
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // Weights start at 2 counted from the check digit's left neighbour, so parity follows the length.
    const weight = (payload.length - i) % 2 === 1 ? 2 : 1;
    let v = Number(payload[i]) * weight;
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

export function isLuhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}
