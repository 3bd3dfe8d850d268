import { defaultReportForm, type Question } from '@vaksam/domain/incidents/form';
import {
  type IncidentStatus,
  type IncidentType,
  incidentStatuses,
  incidentTypes,
  type Label,
  type Severity,
  severities,
} from '@vaksam/domain/incidents/taxonomy';
import { useTranslation } from 'react-i18next';

export type Lang = 'sv' | 'en';
export type { IncidentStatus, IncidentType, Question, Severity };
export { defaultReportForm, incidentStatuses, incidentTypes, severities };

/** The current UI language as the domain's labels name it. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}

export function pick(label: Label, lang: Lang): string {
  return label[lang];
}

const find = <T extends { code: string; label: Label }>(list: readonly T[], code: string, lang: Lang) =>
  list.find((entry) => entry.code === code)?.label[lang] ?? code;

export const typeLabel = (code: string, lang: Lang) => find(incidentTypes, code, lang);
export const statusLabel = (code: string, lang: Lang) => find(incidentStatuses, code, lang);
export const severityLabel = (code: string, lang: Lang) => find(severities, code, lang);

export const typeOptions = (lang: Lang) =>
  incidentTypes.map((e) => ({ value: e.code, label: e.label[lang] }));
export const statusOptions = (lang: Lang) =>
  incidentStatuses.map((e) => ({ value: e.code, label: e.label[lang] }));

export function isIncidentType(value: string | null): value is IncidentType {
  return value !== null && incidentTypes.some((e) => e.code === value);
}

export function isIncidentStatus(value: string | null): value is IncidentStatus {
  return value !== null && incidentStatuses.some((e) => e.code === value);
}

const money = new Intl.NumberFormat('sv-SE');

/** An answer as a reader sees it: option labels, yes/no, numbers with spaces. */
export function answerText(question: Question, value: unknown, lang: Lang, yesNo: [string, string]): string {
  switch (question.kind) {
    case 'boolean':
      return value === true ? yesNo[0] : yesNo[1];
    case 'money':
      return typeof value === 'number' ? `${money.format(value)} kr` : String(value);
    case 'count':
      return String(value);
    case 'select':
      return question.options.find((o) => o.code === value)?.label[lang] ?? String(value);
    case 'multiselect':
      return Array.isArray(value)
        ? value.map((v) => question.options.find((o) => o.code === v)?.label[lang] ?? String(v)).join(', ')
        : String(value);
    case 'text':
      return String(value);
  }
}

export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

export const questions = defaultReportForm.questions;
