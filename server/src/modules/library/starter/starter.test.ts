import { describe, expect, it } from 'vitest';
import { starterArticles } from './articles';
import { starterChecklists } from './checklists';
import { starterLibrary } from './index';
import type { StarterEntry } from './types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RAW_HTML = /<[a-z!/]/i;
const URL = /https?:\/\/[^\s)>\]]+/g;
const ALLOWED_URLS = new Set(['https://polisen.se', 'https://www.imy.se']);
const LANGS = ['sv', 'en'] as const;

/** Everything wrong with a set of starter entries, one line per problem; empty when the set is sound. */
function problems(entries: StarterEntry[]): string[] {
  const found: string[] = [];
  const seenKeys = new Set<string>();

  for (const entry of entries) {
    const at = entry.key || '(no key)';
    if (!KEBAB.test(entry.key)) found.push(`${at}: key is not kebab-case`);
    if (seenKeys.has(entry.key)) found.push(`${at}: duplicate key`);
    seenKeys.add(entry.key);

    if (entry.tags.length < 2 || entry.tags.length > 5) found.push(`${at}: needs 2–5 tags`);
    for (const tag of entry.tags) {
      if (!tag.trim() || tag !== tag.toLowerCase())
        found.push(`${at}: tag "${tag}" is empty or not lowercase`);
    }
    if (new Set(entry.tags).size !== entry.tags.length) found.push(`${at}: duplicate tag`);

    for (const lang of LANGS) {
      const text = entry[lang];
      const where = `${at} (${lang})`;
      if (!text.title.trim()) found.push(`${where}: empty title`);
      if (!text.summary.trim()) found.push(`${where}: empty summary`);
      if (!text.body.trim()) found.push(`${where}: empty body`);
      if (text.title.length > 80) found.push(`${where}: title longer than 80 characters`);
      if (text.summary.length > 200) found.push(`${where}: summary longer than 200 characters`);
      if (RAW_HTML.test(text.body)) found.push(`${where}: raw HTML in body`);
      for (const line of text.body.split('\n')) {
        if (/^#(?!#)|^#{4,}/.test(line)) found.push(`${where}: heading other than ## or ###: "${line}"`);
      }
      for (const url of text.body.match(URL) ?? []) {
        if (!ALLOWED_URLS.has(url.replace(/[.,;:!?]+$/, '')))
          found.push(`${where}: link not allowed: ${url}`);
      }

      if (entry.kind !== 'checklist') {
        if (text.items !== undefined) found.push(`${where}: only checklists have items`);
        continue;
      }
      const items = text.items ?? [];
      if (items.length < 5 || items.length > 20)
        found.push(`${where}: needs 5–20 items, has ${items.length}`);
      const seenItems = new Set<string>();
      for (const item of items) {
        if (!item.trim()) found.push(`${where}: empty item`);
        if (item.trim().endsWith('.')) found.push(`${where}: item ends with a period: "${item}"`);
        if (item.length > 120) found.push(`${where}: item longer than 120 characters: "${item}"`);
        const normalized = item.trim().toLowerCase();
        if (seenItems.has(normalized)) found.push(`${where}: duplicate item: "${item}"`);
        seenItems.add(normalized);
      }
    }

    if (entry.kind === 'checklist' && (entry.sv.items?.length ?? 0) !== (entry.en.items?.length ?? 0)) {
      found.push(`${at}: sv and en have different numbers of items`);
    }
  }

  // A body must never contain a title in the other language: a crude sign that the texts were mixed up.
  for (const entry of entries) {
    for (const other of entries) {
      if (entry.sv.body.toLowerCase().includes(other.en.title.toLowerCase())) {
        found.push(`${entry.key} (sv): body contains the English title of ${other.key}`);
      }
      if (entry.en.body.toLowerCase().includes(other.sv.title.toLowerCase())) {
        found.push(`${entry.key} (en): body contains the Swedish title of ${other.key}`);
      }
    }
  }

  return found;
}

const copy = (index: number): StarterEntry[] => {
  const entries = structuredClone(starterLibrary);
  if (!entries[index]) throw new Error(`no entry ${index}`);
  return entries;
};
const firstChecklist = () => starterLibrary.findIndex((entry) => entry.kind === 'checklist');
const firstArticle = () => starterLibrary.findIndex((entry) => entry.kind !== 'checklist');

describe('starter library', () => {
  it('has at least 8 checklists and 15 FAQ or advice entries', () => {
    expect(starterChecklists.length).toBeGreaterThanOrEqual(8);
    expect(starterChecklists.every((entry) => entry.kind === 'checklist')).toBe(true);
    expect(starterArticles.length).toBeGreaterThanOrEqual(15);
    expect(starterArticles.every((entry) => entry.kind === 'faq' || entry.kind === 'advice')).toBe(true);
    expect(starterLibrary).toHaveLength(starterChecklists.length + starterArticles.length);
  });

  it('passes every content rule', () => {
    expect(problems(starterLibrary)).toEqual([]);
  });

  it('keeps two or three entries for members only', () => {
    const members = starterLibrary.filter((entry) => entry.scope === 'members');
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(members.length).toBeLessThanOrEqual(3);
  });

  it('covers the topics people look for first', () => {
    const keys = new Set(starterLibrary.map((entry) => entry.key));
    for (const key of [
      'robbery-during-and-after',
      'fraudulent-invoice',
      'threat-by-phone-or-email',
      'opening-and-closing',
      'shelter-in-place',
      'evacuation',
      'visitor-routine',
      'alarm-routine',
      'event-security',
      'camera-surveillance-rules',
      'what-is-a-k-nummer',
      'when-to-contact-the-police',
      'incident-report-without-personal-data',
      'acting-during-a-robbery',
      'handling-fraudulent-invoices',
      'threats-at-work',
      'personal-alarms',
      'safety-rounds',
      'shelter-evacuate-or-relocate',
      'phishing-and-digital-threats',
      'support-after-violent-incident',
      'footage-retention-and-police',
      'crisis-check-in',
      'shoplifting-and-detaining',
    ]) {
      expect(keys, key).toContain(key);
    }
  });
});

describe('the content rules', () => {
  it('detect a duplicate key', () => {
    const entries = copy(1);
    const [first, second] = entries;
    if (!first || !second) throw new Error('too few entries');
    second.key = first.key;
    expect(problems(entries)).toContain(`${first.key}: duplicate key`);
  });

  it('detect a key that is not kebab-case', () => {
    const entries = copy(0);
    if (entries[0]) entries[0].key = 'Robbery_Checklist';
    expect(problems(entries)).toContain('Robbery_Checklist: key is not kebab-case');
  });

  it('detect an empty field and a title that is too long', () => {
    const entries = copy(0);
    const entry = entries[0];
    if (!entry) throw new Error('no entry');
    entry.en.summary = '  ';
    entry.sv.title = 'x'.repeat(81);
    const found = problems(entries);
    expect(found).toContain(`${entry.key} (en): empty summary`);
    expect(found).toContain(`${entry.key} (sv): title longer than 80 characters`);
  });

  it('detect checklist items that differ in number, repeat or end with a period', () => {
    const entries = copy(firstChecklist());
    const entry = entries[firstChecklist()];
    if (!entry?.sv.items?.[0]) throw new Error('no checklist');
    entry.sv.items.push(entry.sv.items[0]);
    entry.en.items?.push('Call 112.');
    entry.en.items?.pop();
    entry.en.items?.pop();
    entry.en.items?.push('Call the police.');
    const found = problems(entries);
    expect(found).toContain(`${entry.key}: sv and en have different numbers of items`);
    expect(found.some((problem) => problem.startsWith(`${entry.key} (sv): duplicate item`))).toBe(true);
    expect(found).toContain(`${entry.key} (en): item ends with a period: "Call the police."`);
  });

  it('detect raw HTML, a foreign link and a mixed-up language', () => {
    const entries = copy(firstArticle());
    const entry = entries[firstArticle()];
    if (!entry) throw new Error('no article');
    entry.sv.body += '\n<br>Se https://example.com';
    entry.en.body += `\n${entry.sv.title}`;
    const found = problems(entries);
    expect(found).toContain(`${entry.key} (sv): raw HTML in body`);
    expect(found).toContain(`${entry.key} (sv): link not allowed: https://example.com`);
    expect(found).toContain(`${entry.key} (en): body contains the Swedish title of ${entry.key}`);
  });
});
