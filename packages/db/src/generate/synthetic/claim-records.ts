import type { EVIDENCE_RELATIONS, REPLY_CHANNELS, RESPONSE_STANCES } from '@claimtrail/contracts'
import { describeSelection } from '@claimtrail/core'
import type { Random } from '../random.ts'
import * as words from '../vocabulary.ts'
import type { ClaimPlan, HopPlan } from './claim-plans.ts'
import { assessSourcing, replayWorkflow } from './claim-review.ts'
import type { EventWriter } from './events.ts'
import {
  type ClaimStatus,
  DAY,
  type GeneratorContext,
  iso,
  type Of,
  type PoolEntity,
  type Row,
  type Rows,
} from './model.ts'
import type { ResponsePlan } from './response-plans.ts'
import { fill, type Story } from './story.ts'
import { type Composed, compose, shorten } from './text.ts'

/** An article being built: where its claims' records go, and what they hang on. */
export interface ArticleDraft {
  ctx: GeneratorContext
  rng: Random
  story: Story
  out: Rows
  event: EventWriter
  articleId: string
  versionId: string
  body: string
  spans: Composed['spans']
  importedAt: number
}

/** A claim's identity and its path through the workflow, which its other records are dated by. */
export interface ClaimState {
  id: string
  plan: ClaimPlan
  status: ClaimStatus
  path: ClaimStatus[]
  /** When the claim reached each status of its path. */
  times: number[]
  createdAt: number
  updatedAt: number
}

/** What the sourcing grade is computed from, as the records were written. */
export interface GradeInputs {
  chains: { hops: HopPlan[] }[]
  responses: { entity: PoolEntity; stance: Of<typeof RESPONSE_STANCES>; addressesPart: string | null }[]
  evidence: { relation: Of<typeof EVIDENCE_RELATIONS>; title: string }[]
}

const STATUS_PATHS: Record<ClaimStatus, ClaimStatus[]> = {
  draft: ['draft'],
  in_review: ['draft', 'in_review'],
  changes_requested: ['draft', 'in_review', 'changes_requested'],
  approved: ['draft', 'in_review', 'approved'],
  published: ['draft', 'in_review', 'approved', 'published'],
  corrected: ['draft', 'in_review', 'approved', 'published', 'corrected'],
  retracted: ['draft', 'in_review', 'approved', 'published', 'retracted'],
}
const STATUSES = Object.keys(STATUS_PATHS) as ClaimStatus[]
// About a third of the claims are public (published or corrected), as at a desk that has worked a while.
const STATUS_WEIGHTS = [27, 15, 8, 15, 28, 5, 2]
const VERDICTS = ['Accurate', 'Mostly accurate', 'Mixed', 'Unsubstantiated', 'Misleading', 'False']
const VERDICT_WEIGHTS = [15, 20, 15, 15, 15, 20]

/**
 * All records of the claim in paragraph n, in the order a desk makes them: the claim, its chains,
 * the reply and the request for it, evidence, the sourcing assessment, then its workflow. Random
 * draws follow that order, so a seed gives the same rows.
 */
export function buildClaim(
  a: ArticleDraft,
  plan: ClaimPlan,
  response: ResponsePlan | undefined,
  n: number,
): void {
  const claimSpan = a.spans.get(`c${n}`)
  if (!claimSpan) throw new Error(`claim ${n} has no span`)
  // Tags repeat across claims (exact, cue0…), so each claim's tags are re-read from its own sentence.
  const own = compose(plan.parts, claimSpan.start)
  const exactSpan = own.spans.get('exact')
  if (!exactSpan) throw new Error('claim template without an exact span')
  const claim = writeClaim(a, plan, exactSpan)

  let t = claim.createdAt
  const grade: GradeInputs = { chains: [], responses: [], evidence: [] }
  t = writeChains(a, claim, own, t, grade)
  let responseId: string | null = null
  if (response && plan.accused) {
    responseId = a.rng.uuid()
    t += 3_600_000
    writeResponse(a, claim, { id: responseId, plan: response, accused: plan.accused, n }, t, grade)
  }
  if (plan.accused && a.rng.chance(0.35)) {
    t += 600_000
    writeReplyRequest(a, claim, plan.accused, responseId, t)
  }
  writeEvidence(a, claim, t, grade)
  if (claim.status !== 'draft') assessSourcing(a, claim, grade)
  replayWorkflow(a, claim)
}

/** The claim row, its creation event and its subjects. */
function writeClaim(a: ArticleDraft, plan: ClaimPlan, exactSpan: { start: number; end: number }): ClaimState {
  const { rng, ctx, out, event, articleId, versionId } = a
  const { checker, editor } = ctx.actors
  const anchor = describeSelection(a.body, exactSpan.start, exactSpan.end)
  const claimId = rng.uuid()
  const createdAt = a.importedAt + rng.int(10, 60 * 24 * 5) * 60_000
  const { status, path, times, updatedAt } = walkWorkflow(rng, createdAt)
  const { rated, verdictRatingId } = rate(ctx, rng, plan, status)
  const publishIndex = path.indexOf('published')
  const claim: Row = {
    id: claimId,
    articleId,
    articleVersionId: versionId,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    anchorExact: anchor.exact,
    anchorPrefix: anchor.prefix,
    anchorSuffix: anchor.suffix,
    orphaned: false,
    statement: plan.statement,
    headline: shorten(plan.statement),
    claimantId: plan.claimant.id,
    kind: plan.kind,
    hedges: plan.hedges,
    status,
    verdictRatingId,
    rationale: rated ? rng.pick(words.RATIONALES) : null,
    createdBy: checker,
    assigneeId: status === 'draft' || status === 'changes_requested' ? checker : editor,
    publishedAt: publishIndex >= 0 ? iso(times[publishIndex] ?? updatedAt) : null,
    version: path.length,
    createdAt: iso(createdAt),
    updatedAt: iso(updatedAt),
  }
  out.claims.push(claim)
  event(createdAt, checker, 'claim.created', 'claim', claimId, claimId, {
    id: claimId,
    articleId,
    headline: claim.headline,
    kind: plan.kind,
    anchor: { start: anchor.start, end: anchor.end },
    status: 'draft',
    version: 1,
  })
  for (const subjectId of new Set(plan.subjects.map((e) => e.id)))
    out.claimSubjects.push({ claimId, entityId: subjectId })
  return { id: claimId, plan, status, path, times, createdAt, updatedAt }
}

/** The status a claim has reached, and when it reached each status on the way. */
function walkWorkflow(rng: Random, createdAt: number) {
  const status = STATUSES[rng.weighted(STATUS_WEIGHTS)] ?? 'draft'
  const path = STATUS_PATHS[status]
  const times = [createdAt]
  for (let s = 1; s < path.length; s++)
    times.push((times[s - 1] ?? createdAt) + rng.int(30, 60 * 24 * 20) * 60_000)
  const updatedAt = times.at(-1) ?? createdAt
  return { status, path, times, updatedAt }
}

/** Whether the claim has a verdict (every public claim, most approved ones), and which rating. */
function rate(ctx: GeneratorContext, rng: Random, plan: ClaimPlan, status: ClaimStatus) {
  const isPublic = status === 'published' || status === 'corrected' || status === 'retracted'
  const rated = isPublic || (status === 'approved' && rng.chance(0.7))
  const verdictLabel =
    plan.kind === 'opinion' ? 'Not rated' : (VERDICTS[rng.weighted(VERDICT_WEIGHTS)] ?? 'Mixed')
  const verdictRatingId = rated ? (ctx.ratingIds.get(verdictLabel) ?? null) : null
  if (rated && !verdictRatingId) throw new Error(`the default rating scale has no “${verdictLabel}”`)
  return { rated, verdictRatingId }
}

/** The attribution chains and their hops, a minute apart; returns the time of the last. */
function writeChains(
  a: ArticleDraft,
  claim: ClaimState,
  own: Composed,
  start: number,
  grade: GradeInputs,
): number {
  const { rng, out, event, body } = a
  const { checker } = a.ctx.actors
  const claimId = claim.id
  let t = start
  for (const [position, hops] of claim.plan.chains.entries()) {
    const chainId = rng.uuid()
    t += 60_000
    out.attributionChains.push({ id: chainId, claimId, position, createdAt: iso(t), updatedAt: iso(t) })
    const hopRows = hops.map((hop, hopPosition) => {
      const cue = hop.cue ? own.spans.get(hop.cue) : undefined
      return {
        id: rng.uuid(),
        chainId,
        position: hopPosition,
        entityId: hop.entity.id,
        role: hop.role,
        named: hop.named,
        onRecord: hop.onRecord,
        access: hop.access,
        anonymityReasonGiven: hop.anonymityReasonGiven,
        cue: cue ? body.slice(cue.start, cue.end) : null,
        cueStart: cue?.start ?? null,
        cueEnd: cue?.end ?? null,
        createdAt: iso(t),
        updatedAt: iso(t),
      }
    })
    out.chainHops.push(...hopRows)
    grade.chains.push({ hops })
    event(t, checker, 'claim.chain_added', 'attribution_chain', chainId, claimId, {
      id: chainId,
      position,
      hops: hopRows.map((h) => ({ entityId: h.entityId, role: h.role, cue: h.cue })),
    })
  }
  return t
}

/** The accused's reply as the article words it (paragraph n). */
function writeResponse(
  a: ArticleDraft,
  claim: ClaimState,
  response: { id: string; plan: ResponsePlan; accused: PoolEntity; n: number },
  t: number,
  grade: GradeInputs,
): void {
  const { rng, out, event, body, spans, importedAt } = a
  const { checker } = a.ctx.actors
  const { id: responseId, plan, accused, n } = response
  const claimId = claim.id
  const rSpan = spans.get(`r${n}`)
  const said = rSpan ? compose(plan.parts, rSpan.start).spans.get('words') : undefined
  const channel: Of<typeof REPLY_CHANNELS> = rng.pick(['email', 'phone', 'social_media', 'other'])
  out.responses.push({
    id: responseId,
    claimId,
    entityId: accused.id,
    stance: plan.stance,
    words: said ? body.slice(said.start, said.end) : null,
    wordsStart: said?.start ?? null,
    wordsEnd: said?.end ?? null,
    addressesPart: plan.addressesPart,
    channel,
    respondedOn: iso(importedAt - rng.int(0, 3) * DAY).slice(0, 10),
    createdBy: checker,
    createdAt: iso(t),
    updatedAt: iso(t),
  })
  grade.responses.push({
    entity: accused,
    stance: plan.stance,
    addressesPart: plan.addressesPart,
  })
  event(t, checker, 'claim.response_added', 'response', responseId, claimId, {
    id: responseId,
    stance: plan.stance,
  })
}

/** The right of reply asked of the accused, linked to the reply when there is one. */
function writeReplyRequest(
  a: ArticleDraft,
  claim: ClaimState,
  accused: PoolEntity,
  responseId: string | null,
  t: number,
): void {
  const { rng, out, event } = a
  const { checker } = a.ctx.actors
  const claimId = claim.id
  const id = rng.uuid()
  out.replyRequests.push({
    id,
    claimId,
    entityId: accused.id,
    channel: rng.pick(['email', 'phone', 'letter'] as const),
    requestedAt: iso(t),
    deadline: iso(t + rng.int(1, 7) * DAY),
    note: rng.chance(0.3) ? 'Asked for a response to every point of the allegation.' : null,
    responseId,
    requestedBy: checker,
    createdAt: iso(t),
    updatedAt: iso(t),
  })
  event(t, checker, 'claim.reply_request_added', 'reply_request', id, claimId, {
    id,
    entityId: accused.id,
  })
}

/** None to two pieces of evidence, ten minutes apart; returns the time of the last. */
function writeEvidence(a: ArticleDraft, claim: ClaimState, start: number, grade: GradeInputs): number {
  const { rng, out, event, story } = a
  const { checker } = a.ctx.actors
  const claimId = claim.id
  let t = start
  const evidenceCount = rng.weighted([55, 35, 10])
  for (let e = 0; e < evidenceCount; e++) {
    const id = rng.uuid()
    const relation = rng.pick(['supports', 'refutes', 'context'] as const)
    const title = fill(story, rng.pick(words.EVIDENCE_TITLES))
    t += 600_000
    out.evidence.push({
      id,
      claimId,
      relation,
      url: rng.chance(0.8) ? `https://records.example/${rng.int(1_000, 999_999)}` : null,
      title,
      note: rng.chance(0.4) ? 'Page 4, second table.' : null,
      addedBy: checker,
      createdAt: iso(t),
      updatedAt: iso(t),
    })
    grade.evidence.push({ relation, title })
    event(t, checker, 'claim.evidence_added', 'evidence', id, claimId, { id, relation, title })
  }
  return t
}
