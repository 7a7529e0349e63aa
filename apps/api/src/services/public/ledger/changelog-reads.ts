import type { ChangelogEntry } from '@claimtrail/contracts'
import { claimPageUrl } from '@claimtrail/core'
import { type Db, schema, type Tx } from '@claimtrail/db'
import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import { CHANGE_KIND, field, PUBLIC_EVENT_ACTIONS, type Published, str } from './ledger-mappers.ts'

const { claimCorrections, events, publishedClaims: pc, ratings } = schema

type ChangeEvent = { action: string; occurredAt: Date; before: unknown; after: unknown }
type Correction = typeof claimCorrections.$inferSelect

/** The public workflow events of a claim, oldest first. */
function publicEvents(tx: Tx, claimId: string): Promise<ChangeEvent[]> {
  return tx
    .select({
      action: events.action,
      occurredAt: events.occurredAt,
      before: events.before,
      after: events.after,
    })
    .from(events)
    .where(and(eq(events.claimId, claimId), inArray(events.action, [...PUBLIC_EVENT_ACTIONS])))
    .orderBy(asc(events.id))
}

/** The label of the verdict an event's before/after names, from one read of the ratings named. */
async function verdictLabeller(tx: Tx, rows: ChangeEvent[]): Promise<(json: unknown) => string | null> {
  const ratingIds = rows
    .flatMap((e) => [str(field(e.before, 'verdictRatingId')), str(field(e.after, 'verdictRatingId'))])
    .filter((id): id is string => id !== null)
  const labels = new Map(
    ratingIds.length === 0
      ? []
      : (
          await tx
            .select({ id: ratings.id, label: ratings.label })
            .from(ratings)
            .where(inArray(ratings.id, [...new Set(ratingIds)]))
        ).map((r) => [r.id, r.label]),
  )
  return (json) => labels.get(str(field(json, 'verdictRatingId')) ?? '') ?? null
}

function eventEntry(
  e: ChangeEvent,
  labelOf: (json: unknown) => string | null,
  corrections: Correction[],
): ChangelogEntry {
  const kind = CHANGE_KIND[e.action as keyof typeof CHANGE_KIND]
  const after = labelOf(e.after)
  const before = labelOf(e.before)
  // Corrections and retractions each wrote one row in claim_corrections, in the same order.
  const correction = kind === 'published' ? undefined : corrections.shift()
  return {
    kind,
    at: e.occurredAt.toISOString(),
    verdict: after,
    previousVerdict: before && after && before !== after ? before : null,
    whatChanged: correction?.whatChanged ?? str(field(e.after, 'whatChanged')),
    reason: correction?.reason ?? str(field(e.after, 'reason')),
  }
}

const correctionEntry = (c: Correction): ChangelogEntry => ({
  kind: c.kind === 'retraction' ? 'retracted' : 'corrected',
  at: c.issuedAt.toISOString(),
  verdict: null,
  previousVerdict: null,
  whatChanged: c.whatChanged,
  reason: c.reason,
})

/** Publication, corrections and retraction, oldest first, from the audit log and the corrections. */
export async function changelog(tx: Tx, claim: Published): Promise<ChangelogEntry[]> {
  const rows = await publicEvents(tx, claim.claimId)
  const labelOf = await verdictLabeller(tx, rows)
  const corrections = await tx
    .select()
    .from(claimCorrections)
    .where(eq(claimCorrections.claimId, claim.claimId))
    .orderBy(asc(claimCorrections.issuedAt), asc(claimCorrections.id))
  const { detail } = claim.record
  const entries: ChangelogEntry[] = []
  if (!rows.some((e) => e.action === 'claim.publish')) {
    entries.push({
      kind: 'published',
      at: detail.publishedAt,
      verdict: null,
      previousVerdict: null,
      whatChanged: null,
      reason: null,
    })
  }
  for (const e of rows) entries.push(eventEntry(e, labelOf, corrections))
  for (const c of corrections) entries.push(correctionEntry(c))
  // Events written before verdicts were recorded in them say nothing of it: such an entry shows
  // the verdict in force since the last entry that did (or the published one).
  let inForce: string | null = null
  return entries.map((entry) => {
    inForce = entry.verdict ?? inForce
    return { ...entry, verdict: inForce ?? detail.verdict.label }
  })
}

/** The latest publications, corrections and retractions, newest first, for the Atom feed. */
export async function recentChanges(db: Db, baseUrl: string, limit = 50) {
  const rows = await db
    .select({
      eventId: events.id,
      action: events.action,
      occurredAt: events.occurredAt,
      after: events.after,
      claimId: pc.claimId,
      headline: pc.headline,
      statement: pc.statement,
      rationale: pc.rationale,
      verdict: pc.verdictLabel,
    })
    .from(events)
    .innerJoin(pc, eq(pc.claimId, events.claimId))
    .where(inArray(events.action, [...PUBLIC_EVENT_ACTIONS]))
    .orderBy(desc(events.id))
    .limit(limit)
  return rows.map((r) => ({
    id: r.eventId,
    kind: CHANGE_KIND[r.action as keyof typeof CHANGE_KIND],
    at: r.occurredAt.toISOString(),
    claimId: r.claimId,
    url: claimPageUrl(baseUrl, r.claimId),
    headline: r.headline,
    statement: r.statement,
    rationale: r.rationale,
    verdict: r.verdict,
    whatChanged: str(field(r.after, 'whatChanged')),
    reason: str(field(r.after, 'reason')),
  }))
}
