import { CLAIM_STATUSES, type Dashboard, SOURCING_GRADES, type SuggestionType } from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, count, eq, isNull, lt, sql } from 'drizzle-orm'

const { claims, entities, events, replyRequests, sourcingAssessments, suggestionDecisions } = schema

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

      // Precision of each part of a suggestion: the decisions on suggestions that proposed it, less
      // those that found it wrong (ADR 017), per extractor version and ISO week.
      const d = suggestionDecisions
      const precisionRows = (
        (await db.execute(sql`
          select t.type as type, ${d.extractorVersion} as extractor_version,
                 to_char(date_trunc('week', ${d.decidedAt} at time zone 'UTC'), 'YYYY-MM-DD') as week,
                 count(*)::int as decided,
                 count(*) filter (where not (t.type = any(${d.wrongTypes})))::int as right,
                 count(*) filter (where ${d.outcome} = 'accepted')::int as accepted_as_is
          from ${d} cross join lateral unnest(${d.types}) as t(type)
          group by 1, 2, 3
          order by 3 desc, 1, 2
          limit 500`)) as unknown as {
          rows: {
            type: SuggestionType
            extractor_version: string
            week: string
            decided: number
            right: number
            accepted_as_is: number
          }[]
        }
      ).rows

      return {
        suggestionPrecision: precisionRows.map((r) => ({
          type: r.type,
          extractorVersion: r.extractor_version,
          week: r.week,
          decided: Number(r.decided),
          right: Number(r.right),
          acceptedAsIs: Number(r.accepted_as_is),
          precision: Number(r.right) / Number(r.decided),
        })),
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
