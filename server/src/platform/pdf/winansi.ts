/**
 * The PDF's built-in Helvetica encodes text as WinAnsi (Windows-1252): Latin-1 plus a few typographic
 * characters. Anything else would come out as garbage glyphs, so it is replaced before it is drawn.
 */
const EXTRA_WIN_ANSI = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
]);

/** Look-alikes that keep the meaning where a plain fallback would lose it. */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2248': '~',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2032': "'",
  '\u2033': '"',
  // Letters with a stroke do not decompose into a base letter and a mark.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
};

const isWinAnsi = (code: number) =>
  (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA_WIN_ANSI.has(code);

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || char === '\t') out += char;
    else if (isWinAnsi(code)) out += char;
    else if (REPLACEMENTS[char]) out += REPLACEMENTS[char];
    // Spaces of every width (the narrow no-break space Intl puts in numbers and times, for one).
    else if (/\s/u.test(char)) out += ' ';
    else {
      // A letter with a mark WinAnsi lacks (ł, ő, ş) keeps its base letter rather than becoming "?".
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => isWinAnsi(c.codePointAt(0) ?? 0)) ? base : '?';
    }
  }
  return out;
}
