import { z } from 'zod'

/** W3C Web Annotation TextPositionSelector: UTF-16 code-unit offsets, end exclusive. */
export const TextPositionSelectorSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] })

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
})

export const AnchorSchema = z.object({
  articleVersionId: z.uuid(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  orphaned: z.boolean(),
})
export type Anchor = z.infer<typeof AnchorSchema>
