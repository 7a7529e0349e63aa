import { z } from 'zod'
import { RatingSchema } from './claims.ts'
import { CLAIM_KINDS, SOURCING_GRADES } from './enums.ts'

/** One claim waiting for an editor: what the queue needs to choose the next one to review. */
export const ReviewQueueItemSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  articleId: z.uuid(),
  articleTitle: z.string(),
  outlet: z.string().nullable(),
  headline: z.string(),
  statement: z.string(),
  kind: z.enum(CLAIM_KINDS),
  checker: z
    .object({ id: z.uuid(), displayName: z.string() })
    .nullable()
    .meta({ description: 'Who last submitted it (else its assignee)' }),
  verdict: RatingSchema.nullable().meta({ description: 'The checker’s proposed verdict' }),
  sourcingGrade: z.enum(SOURCING_GRADES).nullable(),
  submittedAt: z.string().meta({ description: 'Its latest submit or resubmit (ISO timestamp)' }),
})
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>

/** The claims in review, oldest submission first (the one waiting longest comes first). */
export const ReviewQueueSchema = z.object({ items: z.array(ReviewQueueItemSchema) })
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>
