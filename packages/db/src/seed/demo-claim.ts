import {
  computeSourcingGrade,
  describeSelection,
  findTransitionBetween,
  isPublicStatus,
} from '@claimtrail/core'
import { appendEvent } from '../audit.ts'
import type { Tx } from '../client.ts'
import {
  attributionChains,
  chainHops,
  claimCorrections,
  claimNotes,
  claimSubjects,
  claims,
  evidence,
  replyRequests,
  responses,
  sourceReliabilityRatings,
  sourcingAssessments,
} from '../schema/index.ts'
import type { DemoClaim } from './demo-claims.ts'
import { type DemoEntityKey, demoEntities } from './demo-entities.ts'

// One demo claim and its records, written as the API's services would write them, each with its
// audit event.

/** Offsets of `needle`, which must occur exactly once in `text`. */
function locateOnce(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle)
  if (start < 0 || text.indexOf(needle, start + 1) >= 0) {
    throw new Error(`demo seed: expected exactly one occurrence of ${JSON.stringify(needle)}`)
  }
  return { start, end: start + needle.length }
}

/** Offsets of the occurrence of `needle` nearest to `near` (cue words repeat in an article). */
function locateNearest(text: string, needle: string, near: number): { start: number; end: number } {
  let best = -1
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i
  }
  if (best < 0) throw new Error(`demo seed: ${JSON.stringify(needle)} is not in the article`)
  return { start: best, end: best + needle.length }
}

function gradeOf(demo: DemoClaim, ids: Record<DemoEntityKey, string>) {
  const entity = (key: DemoEntityKey) => ({
    id: ids[key],
    name: demoEntities[key].name,
    kind: demoEntities[key].kind,
  })
  return computeSourcingGrade({
    chains: demo.chains.map((hops) => ({ hops: hops.map((h) => ({ ...h, entity: entity(h.entity) })) })),
    responses: (demo.responses ?? []).map((r) => ({ ...r, entity: entity(r.entity) })),
    hedges: demo.hedges ?? [],
    evidence: demo.evidence ?? [],
  })
}

export interface ClaimContext {
  text: string
  articleId: string
  versionId: string
  entityIds: Record<DemoEntityKey, string>
  ratingIds: Map<string, string>
  checker: string | null
  editor: string | null
}

/** What every event of one claim shares. */
interface ClaimEvent {
  subjectType: 'claim'
  subjectId: string
  claimId: string
}

/** A demo claim with its subjects, chains, replies, evidence, reply requests, assessment and workflow. */
export async function insertClaim(tx: Tx, demo: DemoClaim, ctx: ClaimContext): Promise<void> {
  const { start, claim, event } = await insertClaimRow(tx, demo, ctx)
  if (demo.subjects.length > 0) {
    await tx
      .insert(claimSubjects)
      .values(demo.subjects.map((key) => ({ claimId: claim.id, entityId: ctx.entityIds[key] })))
  }
  await insertChains(tx, demo, ctx, start, event)
  await insertResponses(tx, demo, ctx, start, event)
  await insertEvidence(tx, demo, ctx, event)
  await insertReplyRequests(tx, demo, ctx, event)
  await insertAssessment(tx, demo, ctx, event)
  await replayWorkflow(tx, demo, ctx, event)
}

async function insertClaimRow(tx: Tx, demo: DemoClaim, ctx: ClaimContext) {
  const { start, end } = locateOnce(ctx.text, demo.quote)
  const selector = describeSelection(ctx.text, start, end)
  const status = demo.path.at(-1) ?? 'draft'
  const verdictRatingId = demo.verdict ? ctx.ratingIds.get(demo.verdict) : undefined
  if (demo.verdict && !verdictRatingId) throw new Error(`demo seed: unknown rating ${demo.verdict}`)

  const [claim] = await tx
    .insert(claims)
    .values({
      articleId: ctx.articleId,
      articleVersionId: ctx.versionId,
      anchorStart: selector.start,
      anchorEnd: selector.end,
      anchorExact: selector.exact,
      anchorPrefix: selector.prefix,
      anchorSuffix: selector.suffix,
      statement: demo.statement,
      headline: demo.headline,
      claimantId: ctx.entityIds[demo.claimant],
      kind: demo.kind,
      hedges: demo.hedges ?? [],
      status,
      verdictRatingId: verdictRatingId ?? null,
      rationale: demo.rationale ?? null,
      createdBy: ctx.checker,
      assigneeId: ctx.checker,
      publishedAt: demo.path.some(isPublicStatus) ? new Date() : null,
      version: demo.path.length,
    })
    .returning()
  if (!claim) throw new Error('claim insert returned nothing')
  const event: ClaimEvent = { subjectType: 'claim', subjectId: claim.id, claimId: claim.id }
  await appendEvent(tx, {
    ...event,
    actorId: ctx.checker,
    action: 'claim.created',
    after: { ...claim, status: 'draft', version: 1 },
  })
  return { start, claim, event }
}

async function insertChains(tx: Tx, demo: DemoClaim, ctx: ClaimContext, start: number, event: ClaimEvent) {
  for (const [position, hops] of demo.chains.entries()) {
    const [chain] = await tx
      .insert(attributionChains)
      .values({ claimId: event.claimId, position })
      .returning()
    if (!chain) throw new Error('chain insert returned nothing')
    const hopRows = await tx
      .insert(chainHops)
      .values(
        hops.map((hop, hopPosition) => {
          const cue = hop.cue ? locateNearest(ctx.text, hop.cue, start) : null
          return {
            chainId: chain.id,
            position: hopPosition,
            entityId: ctx.entityIds[hop.entity],
            role: hop.role,
            named: hop.named,
            onRecord: hop.onRecord,
            access: hop.access,
            anonymityReasonGiven: hop.anonymityReasonGiven ?? false,
            cue: hop.cue ?? null,
            cueStart: cue?.start ?? null,
            cueEnd: cue?.end ?? null,
          }
        }),
      )
      .returning()
    await appendEvent(tx, {
      ...event,
      actorId: ctx.checker,
      action: 'claim.chain_added',
      subjectType: 'attribution_chain',
      subjectId: chain.id,
      after: { ...chain, hops: hopRows },
    })
  }
}

async function insertResponses(tx: Tx, demo: DemoClaim, ctx: ClaimContext, start: number, event: ClaimEvent) {
  for (const r of demo.responses ?? []) {
    const words = locateNearest(ctx.text, r.words, start)
    const [row] = await tx
      .insert(responses)
      .values({
        claimId: event.claimId,
        entityId: ctx.entityIds[r.entity],
        stance: r.stance,
        words: r.words,
        wordsStart: words.start,
        wordsEnd: words.end,
        addressesPart: r.addressesPart ?? null,
        respondedOn: r.respondedOn ?? null,
        createdBy: ctx.checker,
      })
      .returning()
    if (row) {
      await appendEvent(tx, {
        ...event,
        actorId: ctx.checker,
        action: 'claim.response_added',
        subjectType: 'response',
        subjectId: row.id,
        after: row,
      })
    }
  }
}

async function insertEvidence(tx: Tx, demo: DemoClaim, ctx: ClaimContext, event: ClaimEvent) {
  for (const e of demo.evidence ?? []) {
    const [row] = await tx
      .insert(evidence)
      .values({ claimId: event.claimId, ...e, addedBy: ctx.checker })
      .returning()
    if (row) {
      await appendEvent(tx, {
        ...event,
        actorId: ctx.checker,
        action: 'claim.evidence_added',
        subjectType: 'evidence',
        subjectId: row.id,
        after: row,
      })
    }
  }
}

async function insertReplyRequests(tx: Tx, demo: DemoClaim, ctx: ClaimContext, event: ClaimEvent) {
  const day = 86_400_000
  for (const rr of demo.replyRequests ?? []) {
    const requestedAt = new Date(Date.now() - rr.daysAgo * day)
    const [row] = await tx
      .insert(replyRequests)
      .values({
        claimId: event.claimId,
        entityId: ctx.entityIds[rr.entity],
        channel: rr.channel,
        requestedAt,
        deadline: new Date(Date.now() + rr.deadlineInDays * day),
        requestedBy: ctx.checker,
      })
      .returning()
    if (row) {
      await appendEvent(tx, {
        ...event,
        actorId: ctx.checker,
        action: 'claim.reply_request_added',
        subjectType: 'reply_request',
        subjectId: row.id,
        after: row,
      })
    }
  }
}

async function insertAssessment(tx: Tx, demo: DemoClaim, ctx: ClaimContext, event: ClaimEvent) {
  // Every claim carries its computed grade, as the API keeps it after any write (grade-sync): the
  // queue, the dashboard and the ledger filter read the stored grade.
  const computedGrade = gradeOf(demo, ctx.entityIds).grade
  if (!demo.assessment) {
    await tx.insert(sourcingAssessments).values({ claimId: event.claimId, computedGrade })
  } else {
    const [assessment] = await tx
      .insert(sourcingAssessments)
      .values({
        claimId: event.claimId,
        informationCredibility: demo.assessment.credibility ?? null,
        // The grade comes from the same pure rules the API uses, never typed in by hand.
        computedGrade,
        assessedBy: ctx.editor,
      })
      .returning()
    if (!assessment) throw new Error('assessment insert returned nothing')
    const reliability = demo.assessment.reliability ?? []
    if (reliability.length > 0) {
      await tx.insert(sourceReliabilityRatings).values(
        reliability.map((r) => ({
          assessmentId: assessment.id,
          entityId: ctx.entityIds[r.entity],
          reliability: r.level,
        })),
      )
    }
    await appendEvent(tx, {
      ...event,
      actorId: ctx.editor,
      action: 'claim.sourcing_assessed',
      subjectType: 'sourcing_assessment',
      subjectId: assessment.id,
      after: { ...assessment, reliability },
    })
  }
}

async function replayWorkflow(tx: Tx, demo: DemoClaim, ctx: ClaimContext, event: ClaimEvent) {
  // Replay the workflow path so the claim's history reads as it happened.
  for (let i = 1; i < demo.path.length; i++) {
    const from = demo.path[i - 1] ?? 'draft'
    const to = demo.path[i] ?? 'draft'
    const transition = findTransitionBetween(from, to)
    if (!transition) throw new Error(`demo seed: no transition ${from} → ${to}`)
    const actorId = transition.roles.includes('checker') ? ctx.checker : ctx.editor
    const comment = await transitionRecords(tx, demo, ctx, event.claimId, transition.action)
    await appendEvent(tx, {
      ...event,
      actorId,
      action: `claim.${transition.action}`,
      before: { status: from, version: i },
      after: {
        status: to,
        version: i + 1,
        ...(comment ? { comment } : {}),
        ...(transition.action === 'correct' ? demo.correction : {}),
      },
    })
  }
}

/** The desk note of a change request, or the correction notice; returns the note, if any. */
async function transitionRecords(
  tx: Tx,
  demo: DemoClaim,
  ctx: ClaimContext,
  claimId: string,
  action: string,
): Promise<string | undefined> {
  let comment: string | undefined
  if (action === 'request_changes' && demo.changesRequestedComment) {
    comment = demo.changesRequestedComment
    await tx.insert(claimNotes).values({ claimId, authorId: ctx.editor, body: comment })
  }
  if (action === 'correct' && demo.correction) {
    await tx.insert(claimCorrections).values({
      claimId,
      kind: 'correction',
      ...demo.correction,
      issuedBy: ctx.editor,
    })
  }
  return comment
}
