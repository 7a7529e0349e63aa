import type { ReviewQueue } from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'

const { articles, claims, entities, events, ratings, sourcingAssessments, users } = schema

// A queue longer than this is a staffing problem, not a paging one; the oldest come first anyway.
const QUEUE_LIMIT = 200

/** The editors' review queue: claims in review, the one waiting longest first. */
export function createReviewQueueService({ db }: { db: Db }) {
  return {
    async list(): Promise<ReviewQueue> {
      // When, and by whom, each claim was last sent to review: its latest submit or resubmit event
      // (events_claim_idx reads it backwards, one claim at a time). Sorted and cut in SQL, so a
      // desk with a huge backlog costs one bounded query, not the whole backlog in memory.
      const submission = db
        .select({ occurredAt: events.occurredAt, actorId: events.actorId })
        .from(events)
        .where(and(eq(events.claimId, claims.id), inArray(events.action, ['claim.submit', 'claim.resubmit'])))
        .orderBy(desc(events.id))
        .limit(1)
        .as('submission')
      // A claim put in review without an event (imported data) has waited since its last change.
      const submittedAt = sql`coalesce(${submission.occurredAt}, ${claims.updatedAt})`.mapWith(
        claims.updatedAt,
      )
      const rows = await db
        .select({
          id: claims.id,
          version: claims.version,
          articleId: claims.articleId,
          articleTitle: articles.title,
          outlet: entities.name,
          headline: claims.headline,
          statement: claims.statement,
          kind: claims.kind,
          verdict: {
            id: ratings.id,
            label: ratings.label,
            colour: ratings.colour,
            ratingValue: ratings.ratingValue,
          },
          computedGrade: sourcingAssessments.computedGrade,
          overrideGrade: sourcingAssessments.overrideGrade,
          submittedAt,
          checker: { id: users.id, displayName: users.displayName },
        })
        .from(claims)
        .innerJoin(articles, eq(articles.id, claims.articleId))
        .leftJoin(entities, eq(entities.id, articles.outletId))
        // The checker's proposal, kept even once an editor has decided otherwise (docs/design.md).
        .leftJoin(
          ratings,
          eq(ratings.id, sql`coalesce(${claims.proposedVerdictRatingId}, ${claims.verdictRatingId})`),
        )
        .leftJoin(sourcingAssessments, eq(sourcingAssessments.claimId, claims.id))
        .leftJoinLateral(submission, sql`true`)
        .leftJoin(users, eq(users.id, sql`coalesce(${submission.actorId}, ${claims.assigneeId})`))
        .where(eq(claims.status, 'in_review'))
        .orderBy(asc(submittedAt), asc(claims.id))
        .limit(QUEUE_LIMIT)

      return {
        items: rows.map((r) => ({
          id: r.id,
          version: r.version,
          articleId: r.articleId,
          articleTitle: r.articleTitle,
          outlet: r.outlet,
          headline: r.headline,
          statement: r.statement,
          kind: r.kind,
          checker: r.checker?.id ? r.checker : null,
          verdict: r.verdict?.id ? r.verdict : null,
          sourcingGrade: r.overrideGrade ?? r.computedGrade ?? null,
          submittedAt: r.submittedAt.toISOString(),
        })),
      }
    },
  }
}

export type ReviewQueueService = ReturnType<typeof createReviewQueueService>
