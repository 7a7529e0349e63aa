import { z } from 'zod'
import { TEXT_LIMITS } from './limits.ts'

export const RatingDetailSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  label: z.string(),
  description: z.string(),
  colour: z.string(),
  ratingValue: z.number().int().nullable(),
  retired: z
    .boolean()
    .meta({ description: 'Kept for the published verdicts that used it; not offered any more' }),
})

export const RatingScaleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  isDefault: z.boolean(),
  version: z.number().int().positive(),
  ratings: z.array(RatingDetailSchema),
})
export type RatingScale = z.infer<typeof RatingScaleSchema>
export const RatingScaleListSchema = z.object({ items: z.array(RatingScaleSchema) })

export const RatingInputSchema = z.strictObject({
  /** An existing rating to keep (possibly edited); absent for a new one. */
  id: z.uuid().optional(),
  label: z.string().trim().min(1).max(TEXT_LIMITS.ratingLabel),
  description: z.string().trim().max(TEXT_LIMITS.ratingDescription).default(''),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour'),
  ratingValue: z.number().int().min(0).max(100).nullable(),
})

/** The whole scale, in order: ratings left out are retired (or deleted if nothing used them). */
export const UpdateRatingScaleSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    ratings: z.array(RatingInputSchema).min(2).max(20),
  })
  .refine((s) => new Set(s.ratings.map((r) => r.label.toLowerCase())).size === s.ratings.length, {
    message: 'labels must be unique',
    path: ['ratings'],
  })
export type UpdateRatingScale = z.infer<typeof UpdateRatingScaleSchema>
export const RatingScaleParamsSchema = z.strictObject({ scaleId: z.uuid() })
