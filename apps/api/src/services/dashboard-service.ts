import { CLAIM_STATUSES, type Dashboard, SOURCING_GRADES } from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, count, eq, isNull, lt, sql } from 'drizzle-orm'

const { claims, entities, events, replyRequests, sourcingAssessments } = schema

/** The editors' overview: where the work stands and what is late. */
export function createDashboardService({ db }: { db: Db }) {
  return {
    async get(): Promise<Dashboard> {
      const statusRows = await db
        .select({ status: claims.status, n: count() })
        .from(claims)
        .groupBy(claims.status)
      const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Dashboard['byStatus']
      for (const r of statusRows) byStatus[r.status] = r.n

      const grade = sql<
        string | null
      >`coalesce(${sourcingAssessments.overrideGrade}, ${sourcingAssessments.computedGrade})`
      const gradeRows = await db
        .select({ grade, n: count() })
        .from(claims)
        .leftJoin(sourcingAssessments, eq(sourcingAssessments.claimId, claims.id))
        .groupBy(grade)
      const byGrade = Object.fromEntries(
        [...SOURCING_GRADES, 'ungraded'].map((g) => [g, 0]),
      ) as Dashboard['byGrade']
      for (const r of gradeRows) byGrade[(r.grade ?? 'ungraded') as keyof Dashboard['byGrade']] += r.n

      const overdue = await db
        .select({
          id: replyRequests.id,
          claimId: replyRequests.claimId,
          headline: claims.headline,
          entityName: entities.name,
          deadline: replyRequests.deadline,
        })
        .from(replyRequests)
        .innerJoin(claims, eq(claims.id, replyRequests.claimId))
        .innerJoin(entities, eq(entities.id, replyRequests.entityId))
        .where(and(isNull(replyRequests.responseId), lt(replyRequests.deadline, new Date())))
        .orderBy(asc(replyRequests.deadline))
        .limit(50)

      // From the first submission to the first publication of each claim, in hours.
      const durations = await db.execute(sql`
        with spans as (
          select ${events.claimId} as claim_id,
                 min(${events.occurredAt}) filter (where ${events.action} = 'claim.submit') as submitted,
                 min(${events.occurredAt}) filter (where ${events.action} = 'claim.publish') as published
          from ${events}
          where ${events.claimId} is not null and ${events.action} in ('claim.submit', 'claim.publish')
          group by ${events.claimId}
        )
        select count(*)::int as n,
               percentile_cont(0.5) within group (order by extract(epoch from published - submitted)) / 3600 as median,
               percentile_cont(0.9) within group (order by extract(epoch from published - submitted)) / 3600 as p90
        from spans where submitted is not null and published is not null`)
      const row = (
        durations as unknown as { rows: { n: number; median: number | null; p90: number | null }[] }
      ).rows[0]

      return {
        byStatus,
        byGrade,
        overdueReplyRequests: overdue.map((o) => ({ ...o, deadline: o.deadline.toISOString() })),
        submitToPublish: {
          published: Number(row?.n ?? 0),
          medianHours: row?.median == null ? null : Number(row.median),
          p90Hours: row?.p90 == null ? null : Number(row.p90),
        },
      }
    },
  }
}

export type DashboardService = ReturnType<typeof createDashboardService>
