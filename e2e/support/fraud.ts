/** The Luhn check digit counted from the right, as Bankgirot does (the number may have 7 or 8 digits). */
function luhnFromRight(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const product = i % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** A valid eight-digit bankgiro (NNNN-NNNN) that is new on every run. */
export function uniqueBankgiro(seed: number): string {
  const seven = `5${String(seed).slice(-6).padStart(6, '0')}`;
  const full = `${seven}${luhnFromRight(seven)}`;
  return `${full.slice(0, 4)}-${full.slice(4)}`;
}

/** Letters only, so that the name search compares words rather than digit runs. */
export function lettersOf(seed: number): string {
  const letters = seed
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 26)))
    .join('');
  return `${letters.charAt(0).toUpperCase()}${letters.slice(1)}`;
}
