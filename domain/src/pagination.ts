import { z } from 'zod';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** The `limit` of a paged list: a whole number from 1 to `max`, as a query string carries it. */
export const pageLimitSchema = (max: number = PAGE_LIMIT_MAX) =>
  z.coerce
    .number({ message: 'Ange ett heltal' })
    .int({ message: 'Ange ett heltal' })
    .min(1, { message: 'Minst 1' })
    .max(max, { message: `Högst ${max}` })
    .optional();

export const pageQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: pageLimitSchema(),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
