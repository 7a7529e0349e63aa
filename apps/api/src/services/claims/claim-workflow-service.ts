import type { ClaimDetail, CorrectClaim, RetractClaim, TransitionInput } from '@claimtrail/contracts'
import { allowedActions, findTransition, type TransitionAction } from '@claimtrail/core'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { and, eq, inArray } from 'drizzle-orm'
import { AppError, ConflictError, ForbiddenError, InvalidError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { resolveFlagsByCorrection } from '../article-change-flags-service.ts'
import { expectedVersion } from '../concurrency.ts'
import { type PublicationAct, recordPublication } from '../public/publication-writer.ts'
import { assertClaimVersion, lockClaim } from './claim-locks.ts'
import { loadClaimDetail } from './claim-view.ts'
import { assertRating } from './references.ts'

const { claimCorrections, claimNotes, claims, entities, responses } = schema

export class PublishBlockedError extends AppError {
  constructor(reasons: string[]) {
    super(422, 'PUBLISH_BLOCKED', `Cannot publish yet: ${reasons.join('; ')}`, { reasons })
  }
}

type ClaimRow = typeof schema.claims.$inferSelect

/** A denial on record, with the names the rationale may use for whoever made it. */
interface Denial {
  name: string
  aliases: string[]
}

/**
 * Why a claim cannot be published yet (empty when it can). A denial must be addressed in the
 * rationale: readers are owed the answer to "but they deny it" (docs/design.md, sourcing rules).
 */
export function publishBlockers(
  claim: Pick<ClaimRow, 'verdictRatingId' | 'rationale' | 'orphaned'>,
  denials: Denial[],
): string[] {
  const reasons: string[] = []
  if (!claim.verdictRatingId) reasons.push('it has no verdict')
  const rationale = claim.rationale?.trim() ?? ''
  if (!rationale) reasons.push('it has no rationale')
  if (claim.orphaned) reasons.push('its anchor was lost in the current article text; re-anchor it first')
  if (rationale) {
    const text = rationale.toLowerCase()
    for (const denial of denials) {
      const names = [denial.name, ...denial.aliases].map((n) => n.toLowerCase()).filter((n) => n.length > 1)
      if (!names.some((n) => text.includes(n))) {
        reasons.push(`the rationale does not address ${denial.name}'s denial`)
      }
    }
  }
  return reasons
}

async function denialsOf(tx: Tx, claimId: string): Promise<Denial[]> {
  const rows = await tx
    .selectDistinct({ name: entities.name, aliases: entities.aliases })
    .from(responses)
    .innerJoin(entities, eq(entities.id, responses.entityId))
    .where(and(eq(responses.claimId, claimId), inArray(responses.stance, ['denies', 'partially_admits'])))
  return rows
}

const PUBLICATION_ACTS = ['publish', 'correct', 'retract'] as const
const isPublicationAct = (action: TransitionAction): action is PublicationAct =>
  (PUBLICATION_ACTS as readonly string[]).includes(action)

/** Writes the public record; a correction also settles the claim's open "article changed" flags. */
async function publish(tx: Tx, actor: Actor, claimId: string, act: PublicationAct) {
  const revision = await recordPublication(tx, claimId, act)
  const resolvedFlags = act === 'correct' ? await resolveFlagsByCorrection(tx, actor, claimId) : []
  return { revision, resolvedFlags }
}

/** The transition `action` takes from the claim's status: a 409 when there is none, a 403 for another role. */
function allowedTransition(current: ClaimRow, action: TransitionAction, actor: Actor) {
  const transition = findTransition(current.status, action)
  if (!transition) {
    const allowed = allowedActions(current.status, actor.role)
    throw new ConflictError(
      `Cannot ${action.replace('_', ' ')} a claim that is ${current.status}; allowed now: ${allowed.join(', ') || 'nothing'}`,
      { status: current.status, allowedActions: allowed },
    )
  }
  if (!transition.roles.includes(actor.role)) {
    throw new ForbiddenError(
      `Only ${transition.roles.filter((r) => r !== 'admin').join(' or ')}s may ${action.replace('_', ' ')}`,
    )
  }
  return transition
}

/** What the audit event adds about a publication act: the record's revision and the flags it settled. */
function publicationFields(publication: Awaited<ReturnType<typeof publish>> | undefined) {
  return {
    ...(publication ? { publicationRevision: publication.revision } : {}),
    ...(publication?.resolvedFlags.length ? { resolvedFlags: publication.resolvedFlags } : {}),
  }
}

/**
 * The workflow of docs/design.md, enforced here: an illegal move is a 409 naming the current status
 * and the allowed actions; each move is one transaction with its audit event.
 */
export function createClaimWorkflowService({ db }: { db: Db }) {
  async function move(
    actor: Actor,
    claimId: string,
    action: TransitionAction,
    sent: number,
    apply: (tx: Tx, claim: ClaimRow) => Promise<Partial<ClaimRow>>,
    extra: Record<string, unknown> = {},
  ): Promise<ClaimDetail> {
    return db.transaction(async (tx) => {
      const current = await lockClaim(tx, claimId)
      await assertClaimVersion(tx, current, sent, actor.role)
      const transition = allowedTransition(current, action, actor)
      const changes = await apply(tx, current)
      const [row] = await tx
        .update(claims)
        .set({ ...changes, status: transition.to, version: current.version + 1, updatedAt: new Date() })
        .where(eq(claims.id, claimId))
        .returning()
      if (!row) throw new Error('claim vanished under lock')
      // What readers see is frozen at these acts and only at them (docs/decisions/019-publication-snapshots.md).
      const publication = isPublicationAct(action) ? await publish(tx, actor, claimId, action) : undefined
      await appendEvent(tx, {
        actorId: actor.id,
        action: `claim.${action}`,
        subjectType: 'claim',
        subjectId: claimId,
        claimId,
        before: {
          status: current.status,
          version: current.version,
          verdictRatingId: current.verdictRatingId,
        },
        after: {
          status: row.status,
          version: row.version,
          verdictRatingId: row.verdictRatingId,
          ...extra,
          ...publicationFields(publication),
        },
        requestId: actor.requestId,
      })
      const detail = await loadClaimDetail(tx, claimId, actor.role)
      if (!detail) throw new Error('claim vanished under lock')
      return detail
    })
  }

  async function addNote(tx: Tx, actor: Actor, claimId: string, body: string) {
    await tx.insert(claimNotes).values({ claimId, authorId: actor.id, body })
  }

  return {
    /** submit, resubmit, approve: no payload beyond an optional comment. */
    simple(
      actor: Actor,
      claimId: string,
      action: 'submit' | 'resubmit' | 'approve',
      input: TransitionInput,
      ifMatch?: string,
    ) {
      const sent = expectedVersion(ifMatch, input.version)
      return move(
        actor,
        claimId,
        action,
        sent,
        async (tx) => {
          if (input.comment) await addNote(tx, actor, claimId, input.comment)
          return {}
        },
        input.comment ? { comment: input.comment } : {},
      )
    },

    requestChanges(actor: Actor, claimId: string, input: TransitionInput, ifMatch?: string) {
      const sent = expectedVersion(ifMatch, input.version)
      const comment = input.comment
      if (!comment) throw new InvalidError('comment: say what needs to change')
      return move(
        actor,
        claimId,
        'request_changes',
        sent,
        async (tx) => {
          await addNote(tx, actor, claimId, comment)
          return {}
        },
        { comment },
      )
    },

    publish(actor: Actor, claimId: string, input: TransitionInput, ifMatch?: string) {
      const sent = expectedVersion(ifMatch, input.version)
      return move(actor, claimId, 'publish', sent, async (tx, claim) => {
        const reasons = publishBlockers(claim, await denialsOf(tx, claimId))
        if (reasons.length > 0) throw new PublishBlockedError(reasons)
        return { publishedAt: new Date() }
      })
    },

    /** A published claim is never edited in place: the correction records what changed and why. */
    correct(actor: Actor, claimId: string, input: CorrectClaim, ifMatch?: string) {
      const sent = expectedVersion(ifMatch, input.version)
      return move(
        actor,
        claimId,
        'correct',
        sent,
        async (tx, claim) => {
          await assertRating(tx, 'changes.verdictRatingId', input.changes?.verdictRatingId)
          await tx.insert(claimCorrections).values({
            claimId,
            kind: 'correction',
            whatChanged: input.whatChanged,
            reason: input.reason,
            issuedBy: actor.id,
          })
          const changes = input.changes ?? {}
          return {
            ...changes,
            // The changelog needs what the verdict was; the event's before/after carries it.
            verdictRatingId: changes.verdictRatingId ?? claim.verdictRatingId,
          }
        },
        { whatChanged: input.whatChanged, reason: input.reason, changes: input.changes ?? {} },
      )
    },

    retract(actor: Actor, claimId: string, input: RetractClaim, ifMatch?: string) {
      const sent = expectedVersion(ifMatch, input.version)
      return move(
        actor,
        claimId,
        'retract',
        sent,
        async (tx) => {
          await tx.insert(claimCorrections).values({
            claimId,
            kind: 'retraction',
            whatChanged: 'The claim review was retracted.',
            reason: input.reason,
            issuedBy: actor.id,
          })
          return {}
        },
        { reason: input.reason },
      )
    },
  }
}

export type ClaimWorkflowService = ReturnType<typeof createClaimWorkflowService>
