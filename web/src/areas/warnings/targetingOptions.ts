import { counties, findCounty, municipalities } from '@vaksam/domain/taxonomy/geo';
import { findSniSection, sniDivisions, sniSections } from '@vaksam/domain/taxonomy/sni';
import type { UiLanguage } from '../../i18n';

const sectionName = (letter: string, lang: UiLanguage) => {
  const section = findSniSection(letter);
  return section ? (lang === 'en' ? section.nameEn : section.nameSv) : letter;
};

/** "G – Handel; …": how a section is named wherever the author meets it. */
export const sectionLabel = (letter: string, lang: UiLanguage) => `${letter} – ${sectionName(letter, lang)}`;

/**
 * Every section, each followed by its divisions, grouped by section so that typing "handel" lists the
 * whole of G; choosing the section itself stands for all its divisions.
 */
export function industryOptions(lang: UiLanguage, wholeSection: (label: string) => string) {
  return sniSections.map((section) => ({
    group: sectionLabel(section.letter, lang),
    items: [
      { value: section.letter, label: wholeSection(sectionLabel(section.letter, lang)) },
      ...sniDivisions
        .filter((division) => division.section === section.letter)
        .map((division) => ({
          value: division.code,
          label: `${division.code} – ${lang === 'en' ? division.nameEn : division.nameSv}`,
        })),
    ],
  }));
}

export const countyOptions = counties.map((county) => ({ value: county.code, label: county.name }));

export const countyName = (code: string) => findCounty(code)?.name ?? code;

/** The kommuner of the chosen län (all of them when none is chosen), grouped by län. */
export function municipalityOptions(countyCodes: string[]) {
  return counties
    .filter((county) => countyCodes.length === 0 || countyCodes.includes(county.code))
    .map((county) => ({
      group: county.name,
      items: municipalities
        .filter((m) => m.countyCode === county.code)
        .map((m) => ({ value: m.code, label: m.shortName }))
        .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    }));
}
