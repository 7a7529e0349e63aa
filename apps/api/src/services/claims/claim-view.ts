import type { ClaimDetail, ClaimInArticle, Role } from '@claimtrail/contracts'
import { allowedActions } from '@claimtrail/core'
import { type DbOrTx, readAll, schema } from '@claimtrail/db'
import { asc, eq, type SQL } from 'drizzle-orm'
import { latestCaptures } from '../evidence/evidence-captures-service.ts'
import { type ClaimWithRelations, loadClaimsWithRelations } from './claim-relations.ts'
import { anchorOf } from './selection.ts'
import { explainSourcing } from './sourcing-input.ts'

const { claims } = schema

type EntityRow = { id: string; name: string; kind: ClaimInArticle['subjects'][number]['kind'] }
export const entityRef = (e: EntityRow) => ({ id: e.id, name: e.name, kind: e.kind })

/** Claims with everything the article reader shows, in text order. */
export function loadClaimViews(db: DbOrTx, where: SQL | undefined) {
  return loadClaimsWithRelations(db, where)
}

export function toClaimInArticle(c: ClaimWithRelations): ClaimInArticle {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    kind: c.kind,
    headline: c.headline,
    statement: c.statement,
    claimant: c.claimant ? entityRef(c.claimant) : null,
    subjects: c.subjects.map((s) => entityRef(s.entity)),
    hedges: c.hedges,
    anchor: anchorOf(c),
    chains: c.chains.map((chain) => ({
      id: chain.id,
      version: chain.version,
      position: chain.position,
      hops: chain.hops.map((h) => ({
        id: h.id,
        position: h.position,
        entity: entityRef(h.entity),
        role: h.role,
        named: h.named,
        onRecord: h.onRecord,
        access: h.access,
        anonymityReasonGiven: h.anonymityReasonGiven,
        cue: h.cue,
        cueStart: h.cueStart,
        cueEnd: h.cueEnd,
      })),
    })),
    responses: c.responses.map((r) => ({
      id: r.id,
      version: r.version,
      entity: entityRef(r.entity),
      stance: r.stance,
      words: r.words,
      addressesPart: r.addressesPart,
      start: r.wordsStart,
      end: r.wordsEnd,
    })),
    verdict: c.verdict ? ratingRef(c.verdict) : null,
    rationale: c.rationale,
    sourcingGrade: c.assessment?.overrideGrade ?? c.assessment?.computedGrade ?? null,
  }
}

/** One claim with its whole working record, as the desk sees it. */
export async function loadClaimDetail(db: DbOrTx, claimId: string, role: Role): Promise<ClaimDetail | null> {
  const [claim] = await loadClaimsWithRelations(db, eq(claims.id, claimId))
  if (!claim) return null
  const [replyRequests, evidence, notes, corrections, proposed] = await readAll(db, [
    () =>
      db
        .select({ request: schema.replyRequests, entity: schema.entities })
        .from(schema.replyRequests)
        .innerJoin(schema.entities, eq(schema.entities.id, schema.replyRequests.entityId))
        .where(eq(schema.replyRequests.claimId, claimId))
        .orderBy(asc(schema.replyRequests.deadline), asc(schema.replyRequests.id)),
    () =>
      db
        .select()
        .from(schema.evidence)
        .where(eq(schema.evidence.claimId, claimId))
        .orderBy(asc(schema.evidence.createdAt), asc(schema.evidence.id)),
    () =>
      db
        .select()
        .from(schema.claimNotes)
        .where(eq(schema.claimNotes.claimId, claimId))
        .orderBy(asc(schema.claimNotes.createdAt), asc(schema.claimNotes.id)),
    () =>
      db
        .select()
        .from(schema.claimCorrections)
        .where(eq(schema.claimCorrections.claimId, claimId))
        .orderBy(asc(schema.claimCorrections.issuedAt), asc(schema.claimCorrections.id)),
    () =>
      claim.proposedAt
        ? db
            .select({ rating: schema.ratings, user: schema.users })
            .from(schema.claims)
            .leftJoin(schema.ratings, eq(schema.ratings.id, schema.claims.proposedVerdictRatingId))
            .leftJoin(schema.users, eq(schema.users.id, schema.claims.proposedBy))
            .where(eq(schema.claims.id, claimId))
        : Promise.resolve([]),
  ])
  const proposal = proposed[0]
  const captures = await latestCaptures(
    db,
    evidence.map((e) => e.id),
  )
  const row = {
    ...claim,
    replyRequests: replyRequests.map((r) => ({ ...r.request, entity: r.entity })),
    evidence,
    notes,
    corrections,
  }
  const now = Date.now()
  const view = toClaimInArticle(row)
  return {
    ...view,
    sourcing: explainSourcing({ ...view, evidence: row.evidence }),
    articleId: row.articleId,
    createdBy: row.createdBy,
    assigneeId: row.assigneeId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    replyRequests: row.replyRequests.map((r) => ({
      id: r.id,
      version: r.version,
      entity: entityRef(r.entity),
      channel: r.channel,
      requestedAt: r.requestedAt.toISOString(),
      deadline: r.deadline.toISOString(),
      note: r.note,
      responseId: r.responseId,
      overdue: r.responseId === null && r.deadline.getTime() < now,
    })),
    evidence: row.evidence.map((e) => ({
      id: e.id,
      version: e.version,
      relation: e.relation,
      url: e.url,
      title: e.title,
      note: e.note,
      addedBy: e.addedBy,
      createdAt: e.createdAt.toISOString(),
      capture: captures.get(e.id) ?? null,
    })),
    notes: row.notes.map((n) => ({
      id: n.id,
      authorId: n.authorId,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
    })),
    corrections: row.corrections.map((c) => ({
      id: c.id,
      kind: c.kind === 'retraction' ? 'retraction' : 'correction',
      whatChanged: c.whatChanged,
      reason: c.reason,
      issuedAt: c.issuedAt.toISOString(),
    })),
    assessment: row.assessment
      ? {
          informationCredibility: row.assessment.informationCredibility,
          computedGrade: row.assessment.computedGrade,
          overrideGrade: row.assessment.overrideGrade,
          overrideReason: row.assessment.overrideReason,
          sourceReliability: row.assessment.sourceRatings.map((r) => ({
            entity: entityRef(r.entity),
            reliability: r.reliability,
          })),
        }
      : null,
    proposal: row.proposedAt
      ? {
          verdict: proposal?.rating ? ratingRef(proposal.rating) : null,
          rationale: row.proposedRationale,
          proposedBy: proposal?.user
            ? { id: proposal.user.id, displayName: proposal.user.displayName }
            : null,
          proposedAt: row.proposedAt.toISOString(),
        }
      : null,
    allowedActions: allowedActions(row.status, role),
  }
}

const ratingRef = (r: { id: string; label: string; colour: string; ratingValue: number | null }) => ({
  id: r.id,
  label: r.label,
  colour: r.colour,
  ratingValue: r.ratingValue,
})
