import { computeSourcingGrade, findTransitionBetween } from '@claimtrail/core'
import * as words from '../vocabulary.ts'
import type { ArticleDraft, ClaimState, GradeInputs } from './claim-records.ts'
import { iso } from './model.ts'

/** The editor's sourcing assessment, a minute after review starts, and maybe a reliability rating of the origin. */
export function assessSourcing(a: ArticleDraft, claim: ClaimState, grade: GradeInputs): void {
  const { rng, out, event } = a
  const { editor } = a.ctx.actors
  const { id: claimId, plan, times, createdAt } = claim
  // The grade comes from the same pure rules the API uses.
  const computed = computeSourcingGrade({
    chains: grade.chains,
    responses: grade.responses,
    hedges: plan.hedges,
    evidence: grade.evidence,
  }).grade
  const id = rng.uuid()
  const at = (times[1] ?? createdAt) + 60_000
  const credibility = rng.pick(['1', '2', '3', '4', '5', '6'] as const)
  out.sourcingAssessments.push({
    id,
    claimId,
    informationCredibility: credibility,
    computedGrade: computed,
    assessedBy: editor,
    createdAt: iso(at),
    updatedAt: iso(at),
  })
  const origin = plan.chains[0]?.[0]
  const reliability = origin && rng.chance(0.5) ? rng.pick(['A', 'B', 'C', 'D', 'E', 'F'] as const) : null
  if (origin && reliability) {
    out.sourceReliabilityRatings.push({
      id: rng.uuid(),
      assessmentId: id,
      entityId: origin.entity.id,
      reliability,
      createdAt: iso(at),
      updatedAt: iso(at),
    })
  }
  event(at, editor, 'claim.sourcing_assessed', 'sourcing_assessment', id, claimId, {
    id,
    computedGrade: computed,
    informationCredibility: credibility,
    reliability: reliability ? [{ entityId: origin?.entity.id, level: reliability }] : [],
  })
}

/** The workflow path replayed as events, so the claim's history and public changelog read true. */
export function replayWorkflow(a: ArticleDraft, claim: ClaimState): void {
  const { path, times, updatedAt } = claim
  for (let s = 1; s < path.length; s++) {
    const from = path[s - 1] ?? 'draft'
    const to = path[s] ?? 'draft'
    const transition = findTransitionBetween(from, to)
    if (!transition) throw new Error(`no transition ${from} → ${to}`)
    const at = times[s] ?? updatedAt
    const actor = transition.roles.includes('checker') ? a.ctx.actors.checker : a.ctx.actors.editor
    const extra = transitionRecord(a, claim.id, transition.action, at)
    a.event(
      at,
      actor,
      `claim.${transition.action}`,
      'claim',
      claim.id,
      claim.id,
      { status: to, version: s + 1, ...extra },
      { status: from, version: s },
    )
  }
}

/** A desk note for changes requested, a correction or retraction notice; what the event adds. */
function transitionRecord(a: ArticleDraft, claimId: string, action: string, at: number): object {
  const { rng, out } = a
  const { editor } = a.ctx.actors
  let extra: object = {}
  if (action === 'request_changes') {
    const body = rng.pick(words.DESK_NOTES)
    out.claimNotes.push({ id: rng.uuid(), claimId, authorId: editor, body, createdAt: iso(at) })
    extra = { comment: body }
  }
  if (action === 'correct' || action === 'retract') {
    const correction =
      action === 'retract'
        ? {
            whatChanged: 'Claim retracted: the anchor misquoted the article',
            reason: 'Error in transcription',
          }
        : rng.pick(words.CORRECTIONS)
    out.claimCorrections.push({
      id: rng.uuid(),
      claimId,
      kind: action === 'retract' ? 'retraction' : 'correction',
      ...correction,
      issuedBy: editor,
      issuedAt: iso(at),
    })
    extra = correction
  }
  return extra
}
