import { z } from 'zod'
import { CLAIM_STATUSES, SOURCING_GRADES } from './enums.ts'

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
})
export type Dashboard = z.infer<typeof DashboardSchema>
