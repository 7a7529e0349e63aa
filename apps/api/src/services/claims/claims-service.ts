import {
  AuditEventKeySchema,
  type ClaimDetail,
  type ClaimHistory,
  type ClaimList,
  type ClaimListQuery,
  type CreateClaim,
  type ReanchorClaim,
  type Role,
  type UpdateClaim,
} from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm'
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { expectedVersion } from '../concurrency.ts'
import { decodeTimestampCursor, encodeCursor, timestampKey } from '../cursor.ts'
import { claimSnapshot, insertClaim } from './claim-insert.ts'
import { assertClaimVersion, lockClaim } from './claim-locks.ts'
import { loadClaimDetail } from './claim-view.ts'
import { assertEditable, assertReanchorable } from './editing-rules.ts'
import { syncComputedGrade } from './grade-sync.ts'
import { assertActiveUser, assertEntities, assertRating } from './references.ts'
import { anchorColumns, selectionIn } from './selection.ts'

const { articles, articleVersions, claims, claimSubjects, events, users } = schema

async function currentVersionOf(db: DbOrTx, articleId: string) {
  const [version] = await db
    .select()
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .limit(1)
  return version
}

async function subjectIdsOf(db: DbOrTx, claimId: string): Promise<string[]> {
  const rows = await db
    .select({ id: claimSubjects.entityId })
    .from(claimSubjects)
    .where(eq(claimSubjects.claimId, claimId))
  return rows.map((r) => r.id).sort()
}

/** Claims: created from a text selection, edited while the workflow allows, read with their record. */
export function createClaimsService({ db }: { db: Db }) {
  async function detail(tx: DbOrTx, claimId: string, role: Role): Promise<ClaimDetail> {
    const claim = await loadClaimDetail(tx, claimId, role)
    if (!claim) throw new NotFoundError('Claim')
    return claim
  }

  async function get(actor: Pick<Actor, 'role'>, claimId: string): Promise<ClaimDetail> {
    return detail(db, claimId, actor.role)
  }

  async function create(actor: Actor, articleId: string, input: CreateClaim): Promise<ClaimDetail> {
    return db.transaction(async (tx) => {
      const [article] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId))
      if (!article) throw new NotFoundError('Article')
      const version = await currentVersionOf(tx, articleId)
      if (!version) throw new NotFoundError('Article version')
      if (input.articleVersionId && input.articleVersionId !== version.id) {
        throw new ConflictError(
          `The article has a newer text (version ${version.number}); select the claim again in the current version`,
          { currentVersionId: version.id },
        )
      }
      const selector = selectionIn(version.body, input.start, input.end, input.exact)
      await assertEntities(tx, 'claimantId', [input.claimantId])
      await assertEntities(tx, 'subjectIds', input.subjectIds ?? [])

      const row = await insertClaim(
        tx,
        actor,
        {
          articleId,
          articleVersionId: version.id,
          ...anchorColumns(selector),
          statement: input.statement,
          headline: input.headline,
          kind: input.kind,
          claimantId: input.claimantId ?? null,
          hedges: input.hedges ?? [],
        },
        input.subjectIds ?? [],
      )
      return detail(tx, row.id, actor.role)
    })
  }

  async function update(
    actor: Actor,
    claimId: string,
    input: UpdateClaim,
    ifMatch?: string,
  ): Promise<ClaimDetail> {
    const sent = expectedVersion(ifMatch, input.version)
    return db.transaction(async (tx) => {
      const current = await lockClaim(tx, claimId)
      await assertClaimVersion(tx, current, sent, actor.role)
      assertEditable(actor, current.status)
      await assertUpdateReferences(tx, actor, input)

      const beforeSubjects = await subjectIdsOf(tx, claimId)
      const { version: _v, subjectIds, ...fields } = input
      const [row] = await tx
        .update(claims)
        .set({
          ...fields,
          ...proposalOf(actor, current, fields),
          version: current.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(claims.id, claimId))
        .returning()
      if (!row) throw new NotFoundError('Claim')
      const afterSubjects = subjectIds ? await replaceSubjects(tx, claimId, subjectIds) : beforeSubjects
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'claim.updated',
        subjectType: 'claim',
        subjectId: claimId,
        claimId,
        before: claimSnapshot(current, beforeSubjects),
        after: claimSnapshot(row, afterSubjects),
        requestId: actor.requestId,
      })
      // Hedges weigh on the sourcing grade.
      return syncComputedGrade(tx, await detail(tx, claimId, actor.role))
    })
  }

  /** Places a claim (typically an orphan) on a new selection of the article's current text. */
  async function reanchor(actor: Actor, claimId: string, input: ReanchorClaim, ifMatch?: string) {
    const sent = expectedVersion(ifMatch, input.version)
    return db.transaction(async (tx: Tx) => {
      const current = await lockClaim(tx, claimId)
      await assertClaimVersion(tx, current, sent, actor.role)
      assertReanchorable(actor, current.status)
      const version = await currentVersionOf(tx, current.articleId)
      if (!version) throw new NotFoundError('Article version')
      const selector = selectionIn(version.body, input.start, input.end, input.exact)
      const [row] = await tx
        .update(claims)
        .set({
          articleVersionId: version.id,
          ...anchorColumns(selector),
          orphaned: false,
          version: current.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(claims.id, claimId))
        .returning()
      if (!row) throw new NotFoundError('Claim')
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'claim.reanchored',
        subjectType: 'claim',
        subjectId: claimId,
        claimId,
        before: claimSnapshot(current),
        after: { ...claimSnapshot(row), result: 'manual' },
        requestId: actor.requestId,
      })
      return detail(tx, claimId, actor.role)
    })
  }

  /** Work queues: by status, article, assignee; newest change first, keyset-paged. */
  async function list(actor: Actor, query: ClaimListQuery): Promise<ClaimList> {
    const filters: (SQL | undefined)[] = [
      query.status ? eq(claims.status, query.status) : undefined,
      query.articleId ? eq(claims.articleId, query.articleId) : undefined,
      query.assignee === 'me' ? eq(claims.assigneeId, actor.id) : undefined,
      query.orphaned ? eq(claims.orphaned, query.orphaned === 'true') : undefined,
    ]
    if (query.cursor) {
      const { at, id } = decodeTimestampCursor(query.cursor)
      // Both keys descend, so one row comparison is the whole keyset condition, and it bounds the
      // (status,) updated_at desc, id desc index scan: every page starts at its cursor.
      filters.push(sql`(${claims.updatedAt}, ${claims.id}) < (${at}::timestamptz, ${id}::uuid)`)
    }
    const rows = await db
      .select({
        id: claims.id,
        articleId: claims.articleId,
        articleTitle: articles.title,
        headline: claims.headline,
        status: claims.status,
        kind: claims.kind,
        orphaned: claims.orphaned,
        assigneeId: claims.assigneeId,
        updatedAt: claims.updatedAt,
        updatedAtKey: timestampKey(claims.updatedAt),
        version: claims.version,
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(...filters))
      .orderBy(desc(claims.updatedAt), desc(claims.id))
      .limit(query.limit + 1)
    const page = rows.slice(0, query.limit)
    const last = page.at(-1)
    return {
      items: page.map(({ updatedAtKey: _, ...r }) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.updatedAtKey, last.id]) : null,
    }
  }

  /** The claim's audit trail, oldest first. */
  async function history(claimId: string): Promise<ClaimHistory> {
    const [exists] = await db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId))
    if (!exists) throw new NotFoundError('Claim')
    const rows = await db
      .select({ event: events, actorName: users.displayName })
      .from(events)
      .leftJoin(users, eq(users.id, events.actorId))
      .where(eq(events.claimId, claimId))
      .orderBy(asc(events.id))
    return {
      items: rows.map(({ event, actorName }) => ({
        id: event.id,
        occurredAt: event.occurredAt.toISOString(),
        actorId: event.actorId,
        actorName,
        // The contract's pairing of action and subject type, checked as read (AuditEventKeySchema).
        ...AuditEventKeySchema.parse({ action: event.action, subjectType: event.subjectType }),
        subjectId: event.subjectId,
        before: event.before,
        after: event.after,
        requestId: event.requestId,
      })),
    }
  }

  return { get, create, update, reanchor, list, history }
}

export type ClaimsService = ReturnType<typeof createClaimsService>

/** A checker assigns only themself; every entity, rating and user the edit names must exist (and be usable). */
async function assertUpdateReferences(tx: Tx, actor: Actor, input: UpdateClaim): Promise<void> {
  if (actor.role === 'checker' && input.assigneeId !== undefined && input.assigneeId !== actor.id) {
    throw new InvalidError('assigneeId: checkers can only assign claims to themselves')
  }
  await assertEntities(tx, 'claimantId', [input.claimantId])
  await assertEntities(tx, 'subjectIds', input.subjectIds ?? [])
  await assertRating(tx, 'verdictRatingId', input.verdictRatingId)
  await assertActiveUser(tx, 'assigneeId', input.assigneeId)
}

/**
 * docs/design.md, "Workflow": a checker's verdict and rationale are a proposal, kept beside the
 * editor's decision. They also stand as the verdict until an editor decides otherwise.
 */
function proposalOf(
  actor: Actor,
  current: typeof claims.$inferSelect,
  fields: Pick<UpdateClaim, 'verdictRatingId' | 'rationale'>,
) {
  const proposing =
    actor.role === 'checker' && (fields.verdictRatingId !== undefined || fields.rationale !== undefined)
  if (!proposing) return {}
  return {
    proposedVerdictRatingId:
      fields.verdictRatingId === undefined ? current.verdictRatingId : fields.verdictRatingId,
    proposedRationale: fields.rationale === undefined ? current.rationale : fields.rationale,
    proposedBy: actor.id,
    proposedAt: new Date(),
  }
}

/** The claim's subjects become exactly these (deduplicated, sorted as the audit event shows them). */
async function replaceSubjects(tx: Tx, claimId: string, subjectIds: string[]): Promise<string[]> {
  const afterSubjects = [...new Set(subjectIds)].sort()
  await tx.delete(claimSubjects).where(eq(claimSubjects.claimId, claimId))
  if (afterSubjects.length > 0) {
    await tx.insert(claimSubjects).values(afterSubjects.map((entityId) => ({ claimId, entityId })))
  }
  return afterSubjects
}
