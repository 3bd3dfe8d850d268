import { z } from 'zod';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

export const pageQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce
      .number({ message: 'Ange ett heltal' })
      .int({ message: 'Ange ett heltal' })
      .min(1, { message: 'Minst 1' })
      .max(PAGE_LIMIT_MAX, { message: `Högst ${PAGE_LIMIT_MAX}` })
      .optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
