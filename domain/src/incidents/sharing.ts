import { z } from 'zod';
import { uuidSchema } from '../common';
import type { Label } from './taxonomy';

/**
 * INC-10: how far beyond the organisation a report may go, from the most private (decision 011).
 * Each level includes what the ones before it allow.
 */
export const sharingLevels = [
  {
    code: 'organisation',
    label: { sv: 'Endast organisationen', en: 'Organisation only' },
  },
  {
    code: 'statistics',
    label: { sv: 'Organisationen och anonym statistik', en: 'Organisation and anonymous statistics' },
  },
  {
    code: 'groups',
    label: { sv: 'Delas med grupper', en: 'Shared with groups' },
  },
] as const satisfies readonly { code: string; label: Label }[];

export type SharingLevel = (typeof sharingLevels)[number]['code'];

export const sharingLevelSchema = z.enum(['organisation', 'statistics', 'groups'], {
  message: 'Välj en delningsnivå',
});

/** A new organisation keeps its reports to itself until a manager decides otherwise. */
export const DEFAULT_SHARING: SharingLevel = 'organisation';

/** Every level can be chosen; the list stays in the API so that a level can be withdrawn without a new client. */
export const AVAILABLE_SHARING_LEVELS: readonly SharingLevel[] = sharingLevels.map((level) => level.code);

export const sharingLabel = (code: string, lang: 'sv' | 'en' = 'sv') =>
  sharingLevels.find((level) => level.code === code)?.label[lang] ?? code;

export const incidentSharingRequestSchema = z.object({ sharing: sharingLevelSchema }).strict();

export const orgSharingParamsSchema = z.object({ orgId: uuidSchema }).strict();

export const orgSharingDefaultRequestSchema = z.object({ defaultSharing: sharingLevelSchema }).strict();

/** The organisation's default for new reports, and what the asking member may do with it. */
export const orgSharingDefaultSchema = z.object({
  orgId: uuidSchema,
  defaultSharing: sharingLevelSchema,
  availableLevels: z.array(sharingLevelSchema),
  canChange: z.boolean(),
  updatedAt: z.string().nullable(),
});
