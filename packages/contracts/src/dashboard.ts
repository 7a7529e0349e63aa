import { z } from 'zod'
import { CLAIM_STATUSES, SOURCING_GRADES } from './enums.ts'
import { SUGGESTION_TYPES } from './suggestions.ts'

export const DashboardSchema = z.object({
  byStatus: z.record(z.enum(CLAIM_STATUSES), z.number().int().nonnegative()),
  byGrade: z.record(z.enum([...SOURCING_GRADES, 'ungraded']), z.number().int().nonnegative()),
  overdueReplyRequests: z.array(
    z.object({
      id: z.uuid(),
      claimId: z.uuid(),
      headline: z.string(),
      entityName: z.string(),
      deadline: z.string(),
    }),
  ),
  submitToPublish: z.object({
    published: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Claims with both a submit and a publish event' }),
    medianHours: z.number().nullable(),
    p90Hours: z.number().nullable(),
  }),
  suggestionPrecision: z
    .array(
      z.object({
        type: z.enum(SUGGESTION_TYPES),
        extractorVersion: z.string(),
        week: z.string().meta({ description: 'Monday of the ISO week (UTC), YYYY-MM-DD' }),
        decided: z.number().int().positive(),
        right: z
          .number()
          .int()
          .nonnegative()
          .meta({ description: 'Decisions that did not find this part wrong' }),
        acceptedAsIs: z.number().int().nonnegative(),
        precision: z.number().min(0).max(1),
      }),
    )
    .meta({
      description: 'Checkers’ decisions on suggestions per type, extractor version and week, newest first',
    }),
})
export type Dashboard = z.infer<typeof DashboardSchema>
