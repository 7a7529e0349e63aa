import {
  type ClaimDetail,
  type EvidenceInput,
  type ReplyRequestInput,
  type ResponseInput,
  recordEventKey,
} from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { and, eq } from 'drizzle-orm'
import { InvalidError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { assertVersion, expectedVersion } from '../concurrency.ts'
import type { EvidenceCapturesService } from '../evidence/evidence-captures-service.ts'
import { syncEvidenceWatch } from '../source-watch/watched-set.ts'
import { lockClaim, touchClaim } from './claim-locks.ts'
import { assertSpan, claimText } from './claim-text.ts'
import { loadClaimDetail } from './claim-view.ts'
import { assertEditable } from './editing-rules.ts'
import { syncComputedGrade } from './grade-sync.ts'
import { assertEntities } from './references.ts'

const { claimNotes, evidence, replyRequests, responses } = schema

type Table = typeof responses | typeof replyRequests | typeof evidence

interface RecordKind<T extends Table> {
  table: T
  /** Singular name for messages and event actions (`claim.<name>_added`). */
  name: 'response' | 'reply_request' | 'evidence'
  label: string
}

const RESPONSE: RecordKind<typeof responses> = { table: responses, name: 'response', label: 'Response' }
const REPLY_REQUEST: RecordKind<typeof replyRequests> = {
  table: replyRequests,
  name: 'reply_request',
  label: 'Reply request',
}
const EVIDENCE: RecordKind<typeof evidence> = { table: evidence, name: 'evidence', label: 'Evidence' }

/** Runs inside the write's transaction once the record is written (an evidence capture's request). */
type AfterWrite = (
  tx: Tx,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
) => Promise<void>
const nothingAfter: AfterWrite = async () => {}

/**
 * What a claim's working record holds besides its sourcing: responses of the people concerned,
 * right-of-reply requests, evidence and notes. Each write locks the claim, checks the workflow
 * allows editing, checks the record's version, and appends its event, in one transaction.
 */
export function createClaimRecordsService({
  db,
  captures,
}: {
  db: Db
  captures: Pick<EvidenceCapturesService, 'request' | 'notify'>
}) {
  async function finish(tx: Tx, actor: Actor, claimId: string, version: number): Promise<ClaimDetail> {
    await touchClaim(tx, claimId, version)
    const detail = await loadClaimDetail(tx, claimId, actor.role)
    if (!detail) throw new NotFoundError('Claim')
    return syncComputedGrade(tx, detail)
  }

  /** Finds a record, locks its claim, checks the version: the common start of update and delete. */
  async function open<T extends Table>(tx: Tx, kind: RecordKind<T>, id: string, sent: number, actor: Actor) {
    const table = kind.table as Table
    const [found] = await tx.select({ claimId: table.claimId }).from(table).where(eq(table.id, id))
    if (!found) throw new NotFoundError(kind.label)
    const claim = await lockClaim(tx, found.claimId)
    const [row] = await tx.select().from(table).where(eq(table.id, id))
    if (!row) throw new NotFoundError(kind.label)
    assertVersion(kind.label, row.version, sent, () => row)
    assertEditable(actor, claim.status)
    return { claim, row }
  }

  async function validateResponse(tx: Tx, articleVersionId: string, input: ResponseInput) {
    await assertEntities(tx, 'entityId', [input.entityId])
    assertSpan(await claimText(tx, articleVersionId), 'start', input.start, input.end, input.words)
  }

  async function validateReplyRequest(tx: Tx, claimId: string, input: ReplyRequestInput) {
    await assertEntities(tx, 'entityId', [input.entityId])
    if (input.responseId) {
      const [response] = await tx
        .select({ id: responses.id })
        .from(responses)
        .where(and(eq(responses.id, input.responseId), eq(responses.claimId, claimId)))
      if (!response) throw new InvalidError(`responseId: no response ${input.responseId} on this claim`)
    }
  }

  function responseValues(input: ResponseInput) {
    return {
      entityId: input.entityId,
      stance: input.stance,
      words: input.words ?? null,
      wordsStart: input.start ?? null,
      wordsEnd: input.end ?? null,
      addressesPart: input.addressesPart ?? null,
      channel: input.channel ?? null,
      respondedOn: input.respondedOn ?? null,
    }
  }

  function replyRequestValues(input: ReplyRequestInput) {
    return {
      entityId: input.entityId,
      channel: input.channel,
      requestedAt: new Date(input.requestedAt),
      deadline: new Date(input.deadline),
      note: input.note ?? null,
      responseId: input.responseId ?? null,
    }
  }

  function evidenceValues(input: EvidenceInput) {
    return { relation: input.relation, url: input.url ?? null, title: input.title, note: input.note ?? null }
  }

  async function add<T extends Table>(
    actor: Actor,
    claimId: string,
    kind: RecordKind<T>,
    validate: (tx: Tx, claim: Awaited<ReturnType<typeof lockClaim>>) => Promise<void>,
    values: Record<string, unknown>,
    afterWrite: AfterWrite = nothingAfter,
  ): Promise<ClaimDetail> {
    return db.transaction(async (tx) => {
      const claim = await lockClaim(tx, claimId)
      assertEditable(actor, claim.status)
      await validate(tx, claim)
      const table = kind.table as Table
      const [row] = await tx
        .insert(table)
        .values({ ...values, claimId } as never)
        .returning()
      if (!row) throw new Error(`${kind.name} insert returned nothing`)
      if (kind.name === 'evidence') await syncEvidenceWatch(tx, row as { id: string; url: string | null })
      await appendEvent(tx, {
        actorId: actor.id,
        ...recordEventKey(kind.name, 'added'),
        subjectId: row.id,
        claimId,
        after: row,
        requestId: actor.requestId,
      })
      await afterWrite(tx, undefined, row)
      return finish(tx, actor, claimId, claim.version)
    })
  }

  async function change<T extends Table>(
    actor: Actor,
    id: string,
    kind: RecordKind<T>,
    sent: number,
    validate: (tx: Tx, claim: Awaited<ReturnType<typeof lockClaim>>) => Promise<void>,
    values: Record<string, unknown>,
    afterWrite: AfterWrite = nothingAfter,
  ): Promise<ClaimDetail> {
    return db.transaction(async (tx) => {
      const { claim, row } = await open(tx, kind, id, sent, actor)
      await validate(tx, claim)
      const table = kind.table as Table
      const [updated] = await tx
        .update(table)
        .set({ ...values, version: row.version + 1, updatedAt: new Date() } as never)
        .where(eq(table.id, id))
        .returning()
      // Only a new link restarts its watch (which may have followed the page to a new address).
      if (
        kind.name === 'evidence' &&
        updated &&
        (updated as { url: unknown }).url !== (row as { url: unknown }).url
      ) {
        await syncEvidenceWatch(tx, updated as { id: string; url: string | null })
      }
      await appendEvent(tx, {
        actorId: actor.id,
        ...recordEventKey(kind.name, 'updated'),
        subjectId: id,
        claimId: claim.id,
        before: row,
        after: updated,
        requestId: actor.requestId,
      })
      if (updated) await afterWrite(tx, row, updated)
      return finish(tx, actor, claim.id, claim.version)
    })
  }

  async function remove<T extends Table>(actor: Actor, id: string, kind: RecordKind<T>, sent: number) {
    return db.transaction(async (tx) => {
      const { claim, row } = await open(tx, kind, id, sent, actor)
      const table = kind.table as Table
      if (kind.name === 'response') await reopenReplyRequests(tx, actor, claim.id, id)
      await tx.delete(table).where(eq(table.id, id))
      await appendEvent(tx, {
        actorId: actor.id,
        ...recordEventKey(kind.name, 'removed'),
        subjectId: id,
        claimId: claim.id,
        before: row,
        requestId: actor.requestId,
      })
      return finish(tx, actor, claim.id, claim.version)
    })
  }

  /**
   * A removed response no longer answers the reply requests that pointed at it: they are open
   * again (and may turn overdue). The database would null the link by itself (on delete set null),
   * silently; instead each request changes visibly — a new version, so stale ETags of it fail, and
   * its own event (design.md, "Event"). The claim is locked already.
   */
  async function reopenReplyRequests(tx: Tx, actor: Actor, claimId: string, responseId: string) {
    const answered = await tx
      .select()
      .from(replyRequests)
      .where(eq(replyRequests.responseId, responseId))
      .orderBy(replyRequests.id)
      .for('update')
    for (const before of answered) {
      const [after] = await tx
        .update(replyRequests)
        .set({ responseId: null, version: before.version + 1, updatedAt: new Date() })
        .where(eq(replyRequests.id, before.id))
        .returning()
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'claim.reply_request_updated',
        subjectType: 'reply_request',
        subjectId: before.id,
        claimId,
        before,
        after: { ...after, reason: 'response_removed' },
        requestId: actor.requestId,
      })
    }
  }

  /**
   * Evidence with a new web address asks for its capture in the same transaction (ADR 020); the
   * capture itself runs later as a job, never in this request.
   */
  const captureNewAddress =
    (actor: Actor): AfterWrite =>
    async (tx, before, after) => {
      const url = after.url as string | null
      if (!url || url === before?.url) return
      await captures.request(tx, actor, { id: after.id as string, url, claimId: after.claimId as string })
    }

  /** Wakes this process's job runner once the transaction that enqueued a capture has committed. */
  async function afterCommit(write: Promise<ClaimDetail>): Promise<ClaimDetail> {
    const detail = await write
    captures.notify()
    return detail
  }

  const version = (ifMatch: string | undefined, body: { version?: number | undefined } | undefined) =>
    expectedVersion(ifMatch, body?.version)

  return {
    addResponse: (actor: Actor, claimId: string, input: ResponseInput) =>
      add(actor, claimId, RESPONSE, (tx, claim) => validateResponse(tx, claim.articleVersionId, input), {
        ...responseValues(input),
        createdBy: actor.id,
      }),
    updateResponse: (actor: Actor, id: string, input: ResponseInput, ifMatch?: string) =>
      change(
        actor,
        id,
        RESPONSE,
        version(ifMatch, input),
        (tx, claim) => validateResponse(tx, claim.articleVersionId, input),
        responseValues(input),
      ),
    removeResponse: (actor: Actor, id: string, sent: { version?: number } | undefined, ifMatch?: string) =>
      remove(actor, id, RESPONSE, version(ifMatch, sent)),

    addReplyRequest: (actor: Actor, claimId: string, input: ReplyRequestInput) =>
      add(actor, claimId, REPLY_REQUEST, (tx) => validateReplyRequest(tx, claimId, input), {
        ...replyRequestValues(input),
        requestedBy: actor.id,
      }),
    updateReplyRequest: (actor: Actor, id: string, input: ReplyRequestInput, ifMatch?: string) =>
      change(
        actor,
        id,
        REPLY_REQUEST,
        version(ifMatch, input),
        (tx, claim) => validateReplyRequest(tx, claim.id, input),
        replyRequestValues(input),
      ),
    removeReplyRequest: (
      actor: Actor,
      id: string,
      sent: { version?: number } | undefined,
      ifMatch?: string,
    ) => remove(actor, id, REPLY_REQUEST, version(ifMatch, sent)),

    addEvidence: (actor: Actor, claimId: string, input: EvidenceInput) =>
      afterCommit(
        add(
          actor,
          claimId,
          EVIDENCE,
          async () => {},
          { ...evidenceValues(input), addedBy: actor.id },
          captureNewAddress(actor),
        ),
      ),
    updateEvidence: (actor: Actor, id: string, input: EvidenceInput, ifMatch?: string) =>
      afterCommit(
        change(
          actor,
          id,
          EVIDENCE,
          version(ifMatch, input),
          async () => {},
          evidenceValues(input),
          captureNewAddress(actor),
        ),
      ),
    removeEvidence: (actor: Actor, id: string, sent: { version?: number } | undefined, ifMatch?: string) =>
      remove(actor, id, EVIDENCE, version(ifMatch, sent)),

    /** Notes are the desk's conversation: anyone on the desk may add one, in any status. */
    async addNote(actor: Actor, claimId: string, body: string): Promise<ClaimDetail> {
      return db.transaction(async (tx) => {
        const claim = await lockClaim(tx, claimId)
        const [note] = await tx.insert(claimNotes).values({ claimId, authorId: actor.id, body }).returning()
        if (!note) throw new Error('note insert returned nothing')
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.note_added',
          subjectType: 'claim_note',
          subjectId: note.id,
          claimId,
          after: note,
          requestId: actor.requestId,
        })
        return finish(tx, actor, claimId, claim.version)
      })
    },
  }
}

export type ClaimRecordsService = ReturnType<typeof createClaimRecordsService>
