import type { ContentLanguage } from './queries';

export const MARK_START = '⟦';
export const MARK_END = '⟧';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Splits a search excerpt into plain and matched parts; the text is never treated as HTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let rest = excerpt;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    const end = start === -1 ? -1 : rest.indexOf(MARK_END, start + MARK_START.length);
    if (start === -1 || end === -1) {
      parts.push({ text: rest.replaceAll(MARK_START, '').replaceAll(MARK_END, ''), marked: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start).replaceAll(MARK_END, ''), marked: false });
    const marked = rest.slice(start + MARK_START.length, end);
    if (marked) parts.push({ text: marked, marked: true });
    rest = rest.slice(end + MARK_END.length);
  }
  return parts.filter((part) => part.text.length > 0);
}

/**
 * The search excerpt cut from a longer text: an ellipsis where it starts or ends inside a sentence, so that
 * it reads as a quotation rather than as the beginning of the entry.
 */
export function framedExcerpt(excerpt: string): string {
  const text = excerpt.trim();
  if (!text) return text;
  const plain = text.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
  const startsInside = /^[\p{Ll}\p{N},;:)]/u.test(plain);
  const endsInside = !/[.!?…:)”"]$/u.test(plain);
  return `${startsInside ? '… ' : ''}${text}${endsInside ? ' …' : ''}`;
}

/** The language an entry is shown in: the wanted one when the entry has it, otherwise Swedish. */
export function shownLanguage(wanted: ContentLanguage, hasEnglish: boolean): ContentLanguage {
  return wanted === 'en' && hasEnglish ? 'en' : 'sv';
}

// People paste points from lists; the bullet is not part of the point.
const BULLET = /^\s*(?:[-*•–]|\[[ xX]?\])\s+/;

/** Checklist points typed one per line; blank lines are ignored. */
export function linesToPoints(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => line.length > 0);
}

export function pointsToLines(points: string[]): string {
  return points.join('\n');
}

/**
 * The server names a single point (`sv.items.3`) or tag (`tags.1`); the form has one field for all of them,
 * so such messages move to that field, saying which point they are about.
 */
export function groupFieldErrors(
  fields: Record<string, string>,
  pointMessage: (number: number, message: string) => string,
): Record<string, string> {
  const grouped: Record<string, string> = {};
  const add = (path: string, message: string) => {
    grouped[path] = grouped[path] ? `${grouped[path]} ${message}` : message;
  };
  for (const [path, message] of Object.entries(fields)) {
    const point = /^(?:body\.)?((?:sv|en)\.items)\.(\d+)$/.exec(path);
    const tag = /^(?:body\.)?tags\.\d+$/.exec(path);
    if (point?.[1] && point[2]) add(point[1], pointMessage(Number(point[2]) + 1, message));
    else if (tag) add('tags', message);
    else add(path, message);
  }
  return grouped;
}
