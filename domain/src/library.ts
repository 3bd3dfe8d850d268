import { z } from 'zod';
import { languageSchema, uuidSchema } from './common';
import { pageLimitSchema, pageOf } from './pagination';

/**
 * CHK-1, CHK-3, GRP-6: what an entry of the library is. Routines (crisis routines, first aid) and contact
 * lists are Markdown like advice; only checklists have points to tick.
 */
export const libraryKindSchema = z.enum(['checklist', 'faq', 'advice', 'routine', 'contacts'], {
  message: 'Välj checklista, vanlig fråga, råd, rutin eller kontaktlista',
});
export type LibraryKind = z.infer<typeof libraryKindSchema>;

/** The name of each kind in both languages, for places without the web app's texts (mails, PDFs). */
export const LIBRARY_KIND_LABELS: Record<LibraryKind, { sv: string; en: string }> = {
  checklist: { sv: 'Checklista', en: 'Checklist' },
  faq: { sv: 'Vanlig fråga', en: 'FAQ' },
  advice: { sv: 'Råd', en: 'Advice' },
  routine: { sv: 'Rutin', en: 'Routine' },
  contacts: { sv: 'Kontaktlista', en: 'Contact list' },
};

/**
 * CHK-1: who may read an entry. `everyone` is every signed-in user, `members` only verified members of the
 * trade federation (and the analysts who write for them), `group` only the members of one group (GRP-6, its
 * admins write it), `personal` only the person who wrote it.
 */
export const libraryScopeSchema = z.enum(['everyone', 'members', 'group', 'personal'], {
  message: 'Välj alla, förbundets medlemmar, en grupp eller bara dig',
});
export type LibraryScope = z.infer<typeof libraryScopeSchema>;

/** The group an entry of scope `group` belongs to, as lists and entries show it. */
export const libraryGroupSchema = z.object({ id: uuidSchema, name: z.string() });

export const LIBRARY_LIMITS = {
  title: 200,
  summary: 400,
  body: 50_000,
  items: 200,
  item: 300,
  tags: 20,
  tag: 40,
  runNote: 2_000,
  search: 200,
} as const;

const required = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Högst ${max} tecken` });

const optional = (max: number) =>
  z
    .string({ message: 'Ange text' })
    .trim()
    .max(max, { message: `Högst ${max} tecken` });

/** One language's text of an entry; `body` is Markdown, shown without raw HTML. */
export const libraryTextSchema = z
  .object({
    title: required(LIBRARY_LIMITS.title, 'Ange en rubrik'),
    summary: optional(LIBRARY_LIMITS.summary).default(''),
    body: optional(LIBRARY_LIMITS.body).default(''),
    /** Checklists only: the points a person ticks, in order. */
    items: z
      .array(required(LIBRARY_LIMITS.item, 'En punkt får inte vara tom'), {
        message: 'Ange punkterna som en lista',
      })
      .max(LIBRARY_LIMITS.items, { message: `Högst ${LIBRARY_LIMITS.items} punkter` })
      .default([]),
  })
  .strict();
export type LibraryText = z.infer<typeof libraryTextSchema>;

const tagsSchema = z
  .array(required(LIBRARY_LIMITS.tag, 'En etikett får inte vara tom').toLowerCase(), {
    message: 'Ange etiketterna som en lista',
  })
  .max(LIBRARY_LIMITS.tags, { message: `Högst ${LIBRARY_LIMITS.tags} etiketter` })
  .default([]);

/**
 * Writing an entry: Swedish is required, English optional. A checklist needs points in each language it has,
 * and the same number of them, so that a run ticks the same points whichever language it is read in.
 */
export const libraryEntryRequestSchema = z
  .object({
    kind: libraryKindSchema,
    scope: libraryScopeSchema,
    /** Scope `group` only: the group whose members read the entry. */
    groupId: uuidSchema.nullable().default(null),
    tags: tagsSchema,
    sv: libraryTextSchema,
    en: libraryTextSchema.nullable().default(null),
    /**
     * Editing: the entry's `updatedAt` as the editor loaded it. If someone saved the entry since, the change
     * is refused (409) instead of silently overwriting theirs.
     */
    baseUpdatedAt: z.string().max(40).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.kind === 'checklist') {
      if (entry.sv.items.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sv', 'items'],
          message: 'En checklista behöver minst en punkt',
        });
      }
      if (entry.en && entry.en.items.length !== entry.sv.items.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['en', 'items'],
          message: 'Den engelska texten behöver lika många punkter som den svenska',
        });
      }
    } else {
      for (const language of ['sv', 'en'] as const) {
        if ((entry[language]?.items.length ?? 0) > 0) {
          ctx.addIssue({
            code: 'custom',
            path: [language, 'items'],
            message: 'Bara checklistor har punkter',
          });
        }
      }
    }
    if (entry.kind !== 'checklist' && entry.sv.body.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sv', 'body'], message: 'Skriv texten' });
    }
    if (entry.scope === 'group' && entry.groupId === null) {
      ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'Välj gruppen som posten hör till' });
    }
    if (entry.scope !== 'group' && entry.groupId !== null) {
      ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'Bara en grupps poster hör till en grupp' });
    }
  });
export type LibraryEntryRequest = z.input<typeof libraryEntryRequestSchema>;

const titledSchema = z.object({ title: z.string(), summary: z.string() });

/** An entry as lists and search show it. */
export const librarySummarySchema = z.object({
  id: uuidSchema,
  kind: libraryKindSchema,
  scope: libraryScopeSchema,
  /** Scope `group`: the group whose members read it. */
  group: libraryGroupSchema.nullable(),
  tags: z.array(z.string()),
  /** Shipped with the product (it may have been edited since). */
  starter: z.boolean(),
  sv: titledSchema,
  en: titledSchema.nullable(),
  itemCount: z.number().int(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  /**
   * With a search: the passage that matched, in the reader's language, as plain text with the matching words
   * between `⟦` and `⟧`.
   */
  excerpt: z.string().nullable(),
});
export type LibrarySummary = z.infer<typeof librarySummarySchema>;

/**
 * A page of the library, with the scopes the reader may write to so the list can offer "new entry"; `group`
 * is among them only for a list of one group (`groupId`) whose admin the reader is.
 */
export const libraryListSchema = pageOf(librarySummarySchema).extend({
  writableScopes: z.array(libraryScopeSchema),
});

export const libraryEntrySchema = z.object({
  id: uuidSchema,
  kind: libraryKindSchema,
  scope: libraryScopeSchema,
  group: libraryGroupSchema.nullable(),
  tags: z.array(z.string()),
  starter: z.boolean(),
  sv: z.object({ title: z.string(), summary: z.string(), body: z.string(), items: z.array(z.string()) }),
  en: z
    .object({ title: z.string(), summary: z.string(), body: z.string(), items: z.array(z.string()) })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  /** The scopes this reader may write to, for the editor's choices (`group`: this entry's group). */
  writableScopes: z.array(libraryScopeSchema),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const libraryQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(LIBRARY_LIMITS.search, { message: `Högst ${LIBRARY_LIMITS.search} tecken` })
      .optional(),
    kind: libraryKindSchema.optional(),
    scope: libraryScopeSchema.optional(),
    /**
     * One group's entries. A group the reader is not a member of lists nothing, exactly as a group that does
     * not exist or has no entries does.
     */
    groupId: uuidSchema.optional(),
    /** The language of the search excerpts; the reader's own language when left out. */
    lang: languageSchema.optional(),
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(100),
  })
  .strict();
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/** CHK-2: one saved run of a checklist. */
export const checklistRunRequestSchema = z
  .object({
    /** The language the checklist was read in; its points are saved in that language. */
    language: languageSchema,
    /**
     * The checklist's `updatedAt` as it was read: if it was changed since, the points may no longer be the
     * ones that were ticked, and the run is refused (409).
     */
    entryUpdatedAt: z.string({ message: 'Ange när checklistan lästes' }).max(40),
    items: z
      .array(
        z
          .object({
            done: z.boolean({ message: 'Ange om punkten är avbockad' }),
            note: optional(LIBRARY_LIMITS.runNote).default(''),
          })
          .strict(),
        { message: 'Ange punkterna som en lista' },
      )
      .max(LIBRARY_LIMITS.items, { message: `Högst ${LIBRARY_LIMITS.items} punkter` }),
    note: optional(LIBRARY_LIMITS.runNote).default(''),
  })
  .strict();
export type ChecklistRunRequest = z.input<typeof checklistRunRequestSchema>;

export const checklistRunSchema = z.object({
  id: uuidSchema,
  entryId: uuidSchema.nullable(),
  title: z.string(),
  language: languageSchema,
  items: z.array(z.object({ text: z.string(), done: z.boolean(), note: z.string() })),
  note: z.string(),
  doneCount: z.number().int(),
  createdAt: z.string(),
});
export type ChecklistRun = z.infer<typeof checklistRunSchema>;
export const checklistRunListSchema = pageOf(checklistRunSchema);
