/** One language's text of a starter entry. `body` is Markdown (no raw HTML). */
export type StarterText = {
  title: string;
  /** One or two sentences shown in lists and search results. */
  summary: string;
  body: string;
  /** Checklists only: the items a person ticks, in order. */
  items?: string[];
};

/**
 * An entry of the library every installation starts with (CHK-4), written by the project from the facts in
 * its source documents, in Swedish and English.
 */
export type StarterEntry = {
  /** Stable identifier, kebab-case; the same entry keeps its key across releases. */
  key: string;
  kind: 'checklist' | 'faq' | 'advice';
  /** Who may read it: everyone, or members of the trade federation only. */
  scope: 'everyone' | 'members';
  tags: string[];
  sv: StarterText;
  en: StarterText;
};

/** Joins lines into one Markdown text. */
export const md = (...lines: string[]) => lines.join('\n');
