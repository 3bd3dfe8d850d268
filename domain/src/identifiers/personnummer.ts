import Personnummer from 'personnummer';
import { z } from 'zod';

export interface ParsedPersonnummer {
  /** YYYYMMDDNNNN: unambiguous regardless of when it is read. */
  normalized12: string;
  /** YYYYMMDD-NNNN */
  formatted: string;
  kind: 'personnummer' | 'samordningsnummer';
  /** YYYY-MM-DD; for a samordningsnummer the real day, not day + 60. */
  birthDate: string;
}

export type PersonnummerParseResult =
  | { ok: true; value: ParsedPersonnummer }
  | { ok: false; reason: 'format' | 'checksum' | 'date' };

export interface PersonnummerOptions {
  /** The clock that resolves the century of the 10-digit form. Defaults to the current time. */
  now?: Date;
}

// Birth number 000 is never issued. Interim numbers (letters) are internal to authorities and rejected.
const PERSONNUMMER_PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(?!000)(\d{3})(\d)$/;

const SAMORDNING_DAY_OFFSET = 60;

// Nobody born before this is alive, and JavaScript dates misread years below 100.
const EARLIEST_BIRTH_YEAR = 1800;

// The century rule and the "not born in the future" rule are about Swedish calendar days, so a
// server clock in UTC must not move a birthday across midnight.
const stockholmDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function stockholmToday(now: Date): CalendarDate {
  const parts = Object.fromEntries(stockholmDateFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/**
 * The 10-digit form omits the century: the person is the youngest possible one not born in the
 * future, and the separator '+' marks someone who has turned 100, i.e. one century earlier. The
 * package implements this against the real clock and by year only, so we resolve it ourselves.
 */
function resolveYear(yy: number, birth: Omit<CalendarDate, 'year'>, separator: string, today: CalendarDate) {
  let year = Math.floor(today.year / 100) * 100 + yy;
  if (compareDates({ year, ...birth }, today) > 0) year -= 100;
  return separator === '+' ? year - 100 : year;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function parsePersonnummer(input: string, options: PersonnummerOptions = {}): PersonnummerParseResult {
  const match = PERSONNUMMER_PATTERN.exec(input.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, century, yy = '', mm = '', dd = '', separator = '', birthNumber = '', check = ''] = match;

  const rawDay = Number(dd);
  const kind = rawDay > SAMORDNING_DAY_OFFSET ? 'samordningsnummer' : 'personnummer';
  const birth = {
    month: Number(mm),
    day: kind === 'samordningsnummer' ? rawDay - SAMORDNING_DAY_OFFSET : rawDay,
  };

  const today = stockholmToday(options.now ?? new Date());
  // With an explicit century the separator carries no information, so it is ignored.
  const year = century ? Number(`${century}${yy}`) : resolveYear(Number(yy), birth, separator, today);
  const birthDate = { year, ...birth };
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(birthDate) || compareDates(birthDate, today) > 0) {
    return { ok: false, reason: 'date' };
  }

  const normalized12 = `${year}${mm}${dd}${birthNumber}${check}`;
  // The date is known to be real here, so the package can only object to the Luhn digit.
  if (!Personnummer.valid(normalized12, { allowCoordinationNumber: true, allowInterimNumber: false })) {
    return { ok: false, reason: 'checksum' };
  }

  return {
    ok: true,
    value: {
      normalized12,
      formatted: `${normalized12.slice(0, 8)}-${normalized12.slice(8)}`,
      kind,
      birthDate: `${year}-${pad2(birth.month)}-${pad2(birth.day)}`,
    },
  };
}

export function isValidPersonnummer(input: string, options?: PersonnummerOptions): boolean {
  return parsePersonnummer(input, options).ok;
}

export const personnummerSchema = z
  .string()
  .refine((value) => isValidPersonnummer(value), { error: 'Ogiltigt personnummer' })
  .meta({
    description: 'Svenskt personnummer eller samordningsnummer, 10 eller 12 siffror',
    example: '19121212-1212',
  });
