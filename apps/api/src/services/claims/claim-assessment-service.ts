import type { AssessmentInput, ClaimDetail } from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { and, eq } from 'drizzle-orm'
import { InvalidError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { expectedVersion } from '../concurrency.ts'
import { assertClaimVersion, lockClaim, touchClaim } from './claim-locks.ts'
import { loadClaimDetail } from './claim-view.ts'
import { assertEditable } from './editing-rules.ts'
import { syncComputedGrade } from './grade-sync.ts'

const { attributionChains, chainHops, sourceReliabilityRatings, sourcingAssessments } = schema

/**
 * The editor's sourcing assessment, kept apart from the verdict (a well-sourced claim can still be
 * false): Admiralty (NATO STANAG 2511) reliability A–F per origin source, information credibility
 * 1–6 for the claim, and an override of the computed grade that always carries its reason.
 */
export function createClaimAssessmentService({ db }: { db: Db }) {
  return {
    async assess(
      actor: Actor,
      claimId: string,
      input: AssessmentInput,
      ifMatch?: string,
    ): Promise<ClaimDetail> {
      const sent = expectedVersion(ifMatch, input.version)
      return db.transaction(async (tx) => {
        const claim = await lockClaim(tx, claimId)
        await assertClaimVersion(tx, claim, sent, actor.role)
        assertEditable(actor, claim.status)

        await assertOriginsRated(tx, claimId, input)

        const [before] = await tx
          .select()
          .from(sourcingAssessments)
          .where(eq(sourcingAssessments.claimId, claimId))
        const values = { ...assessedValues(input), assessedBy: actor.id }
        const [assessment] = await tx
          .insert(sourcingAssessments)
          .values({ claimId, ...values })
          .onConflictDoUpdate({
            target: sourcingAssessments.claimId,
            set: { ...values, version: (before?.version ?? 0) + 1, updatedAt: new Date() },
          })
          .returning()
        if (!assessment) throw new NotFoundError('Assessment')
        if (input.sourceReliability) await replaceRatings(tx, assessment.id, input.sourceReliability)
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.sourcing_assessed',
          subjectType: 'sourcing_assessment',
          subjectId: assessment.id,
          claimId,
          before: before ?? null,
          after: { ...assessment, sourceReliability: input.sourceReliability },
          requestId: actor.requestId,
        })
        await touchClaim(tx, claimId, claim.version)
        const detail = await loadClaimDetail(tx, claimId, actor.role)
        if (!detail) throw new NotFoundError('Claim')
        return syncComputedGrade(tx, detail)
      })
    },
  }
}

/** Reliability is rated for a chain's origin only: every entity rated must be one. */
async function assertOriginsRated(tx: Tx, claimId: string, input: AssessmentInput): Promise<void> {
  const origins = await tx
    .select({ entityId: chainHops.entityId })
    .from(chainHops)
    .innerJoin(attributionChains, eq(attributionChains.id, chainHops.chainId))
    .where(and(eq(attributionChains.claimId, claimId), eq(chainHops.position, 0)))
  const originIds = new Set(origins.map((o) => o.entityId))
  for (const [i, rating] of (input.sourceReliability ?? []).entries()) {
    if (!originIds.has(rating.entityId)) {
      throw new InvalidError(`sourceReliability.${i}.entityId: not the origin of any of this claim's chains`)
    }
  }
}

/** Only the fields the input sends; an override's reason goes when the override does. */
function assessedValues(input: AssessmentInput) {
  return {
    ...(input.informationCredibility === undefined
      ? {}
      : { informationCredibility: input.informationCredibility }),
    ...(input.overrideGrade === undefined
      ? {}
      : {
          overrideGrade: input.overrideGrade,
          overrideReason: input.overrideGrade ? (input.overrideReason ?? null) : null,
        }),
  }
}

/** The assessment's reliability ratings become exactly these. */
async function replaceRatings(
  tx: Tx,
  assessmentId: string,
  sourceReliability: NonNullable<AssessmentInput['sourceReliability']>,
): Promise<void> {
  await tx.delete(sourceReliabilityRatings).where(eq(sourceReliabilityRatings.assessmentId, assessmentId))
  if (sourceReliability.length > 0) {
    await tx.insert(sourceReliabilityRatings).values(
      sourceReliability.map((r) => ({
        assessmentId,
        entityId: r.entityId,
        reliability: r.reliability,
      })),
    )
  }
}

export type ClaimAssessmentService = ReturnType<typeof createClaimAssessmentService>
