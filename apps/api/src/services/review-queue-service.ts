import type { ReviewQueue } from '@claimtrail/contracts'
import { type Db, schema } from '@claimtrail/db'
import { and, desc, eq, inArray } from 'drizzle-orm'

const { articles, claims, entities, events, ratings, sourcingAssessments, users } = schema

// A queue longer than this is a staffing problem, not a paging one; the oldest come first anyway.
const QUEUE_LIMIT = 200

/** The editors' review queue: claims in review, the one waiting longest first. */
export function createReviewQueueService({ db }: { db: Db }) {
  return {
    async list(): Promise<ReviewQueue> {
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
          assigneeId: claims.assigneeId,
          updatedAt: claims.updatedAt,
          verdict: {
            id: ratings.id,
            label: ratings.label,
            colour: ratings.colour,
            ratingValue: ratings.ratingValue,
          },
          computedGrade: sourcingAssessments.computedGrade,
          overrideGrade: sourcingAssessments.overrideGrade,
        })
        .from(claims)
        .innerJoin(articles, eq(articles.id, claims.articleId))
        .leftJoin(entities, eq(entities.id, articles.outletId))
        .leftJoin(ratings, eq(ratings.id, claims.verdictRatingId))
        .leftJoin(sourcingAssessments, eq(sourcingAssessments.claimId, claims.id))
        .where(eq(claims.status, 'in_review'))
      if (rows.length === 0) return { items: [] }

      // When, and by whom, each claim was last sent to review: its latest submit or resubmit event.
      const submissions = await db
        .select({ claimId: events.claimId, occurredAt: events.occurredAt, actorId: events.actorId })
        .from(events)
        .where(
          and(
            inArray(
              events.claimId,
              rows.map((r) => r.id),
            ),
            inArray(events.action, ['claim.submit', 'claim.resubmit']),
          ),
        )
        .orderBy(desc(events.id))
      const latest = new Map<string, { occurredAt: Date; actorId: string | null }>()
      for (const s of submissions) if (s.claimId && !latest.has(s.claimId)) latest.set(s.claimId, s)

      const people = new Set<string>()
      for (const r of rows) {
        const checkerId = latest.get(r.id)?.actorId ?? r.assigneeId
        if (checkerId) people.add(checkerId)
      }
      const names = new Map(
        people.size === 0
          ? []
          : (
              await db
                .select({ id: users.id, displayName: users.displayName })
                .from(users)
                .where(inArray(users.id, [...people]))
            ).map((u) => [u.id, u] as const),
      )

      const items = rows.map((r) => {
        const submission = latest.get(r.id)
        const checkerId = submission?.actorId ?? r.assigneeId
        return {
          id: r.id,
          version: r.version,
          articleId: r.articleId,
          articleTitle: r.articleTitle,
          outlet: r.outlet,
          headline: r.headline,
          statement: r.statement,
          kind: r.kind,
          checker: (checkerId && names.get(checkerId)) || null,
          verdict: r.verdict?.id ? r.verdict : null,
          sourcingGrade: r.overrideGrade ?? r.computedGrade ?? null,
          // A claim put in review without an event (imported data) has waited since its last change.
          submittedAt: (submission?.occurredAt ?? r.updatedAt).toISOString(),
        }
      })
      items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
      return { items: items.slice(0, QUEUE_LIMIT) }
    },
  }
}

export type ReviewQueueService = ReturnType<typeof createReviewQueueService>
