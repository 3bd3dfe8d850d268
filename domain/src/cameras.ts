import { z } from 'zod';
import { uuidSchema } from './common';
import { pageOf } from './pagination';

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, { message })
    .max(max, { message: `Högst ${max} tecken` });

/** CAM-1: what a camera policy requires to be written down for every camera. */
export const cameraFieldsSchema = z.object({
  name: text(100, 'Ge kameran ett namn'),
  placement: text(300, 'Beskriv var kameran sitter'),
  purpose: text(500, 'Ange syftet med kameran'),
  signage: z.boolean({ message: 'Ange om det finns skyltning' }),
  retentionDays: z
    .number({ message: 'Ange antal dagar' })
    .int({ message: 'Ange ett heltal' })
    .min(1, { message: 'Minst 1 dag' })
    .max(365, { message: 'Högst 365 dagar' }),
  accessHolders: z
    .array(text(100, 'Ange namn eller funktion'), { message: 'Ange vilka som har åtkomst' })
    .max(50, { message: 'Högst 50' }),
});
export const createCameraRequestSchema = cameraFieldsSchema.strict();
export const updateCameraRequestSchema = cameraFieldsSchema.partial().strict();

export const cameraSchema = cameraFieldsSchema.extend({
  id: uuidSchema,
  orgId: uuidSchema,
  unitId: uuidSchema,
  /** The unit's name, so an organisation-wide list can group by it. */
  unitName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Taken out of the register; kept because its footage log must be kept (CAM-3). */
  removedAt: z.string().nullable(),
});
export const cameraListSchema = pageOf(cameraSchema);
export const unitCamerasParamsSchema = z.object({ orgId: uuidSchema, unitId: uuidSchema }).strict();
export const cameraParamsSchema = z.object({ orgId: uuidSchema, cameraId: uuidSchema }).strict();
export const orgCamerasParamsSchema = z.object({ orgId: uuidSchema }).strict();
