import type { ClaimDetail, ClaimInArticle, Role } from '@claimtrail/contracts'
import { allowedActions } from '@claimtrail/core'
import { type DbOrTx, schema } from '@claimtrail/db'
import { asc, eq, type SQL } from 'drizzle-orm'
import { explainSourcing } from './sourcing-input.ts'

const { claims } = schema

type EntityRow = { id: string; name: string; kind: ClaimInArticle['subjects'][number]['kind'] }
export const entityRef = (e: EntityRow) => ({ id: e.id, name: e.name, kind: e.kind })

// The relations every claim view needs, in a stable order (chains and hops origin-first).
const claimRelations = {
  claimant: true,
  verdict: true,
  assessment: { with: { sourceRatings: { with: { entity: true } } } },
  subjects: { with: { entity: true } },
  chains: {
    orderBy: (c, { asc }) => [asc(c.position)],
    with: { hops: { orderBy: (h, { asc }) => [asc(h.position)], with: { entity: true } } },
  },
  // Responses in the order their words appear in the text; unanchored ones last.
  responses: {
    orderBy: (r, { asc, sql }) => [sql`${r.wordsStart} asc nulls last`, asc(r.createdAt), asc(r.id)],
    with: { entity: true },
  },
} as const satisfies Parameters<DbOrTx['query']['claims']['findMany']>[0] extends infer C
  ? C extends { with?: infer W }
    ? W
    : never
  : never

/** Claims with everything the article reader shows, in text order. */
export function loadClaimViews(db: DbOrTx, where: SQL | undefined) {
  return db.query.claims.findMany({
    where,
    orderBy: [asc(claims.anchorStart), asc(claims.anchorEnd)],
    with: claimRelations,
  })
}

type ClaimRow = Awaited<ReturnType<typeof loadClaimViews>>[number]

export function toClaimInArticle(c: ClaimRow): ClaimInArticle {
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
    anchor: {
      articleVersionId: c.articleVersionId,
      start: c.anchorStart,
      end: c.anchorEnd,
      exact: c.anchorExact,
      prefix: c.anchorPrefix,
      suffix: c.anchorSuffix,
      orphaned: c.orphaned,
    },
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
    verdict: c.verdict
      ? {
          id: c.verdict.id,
          label: c.verdict.label,
          colour: c.verdict.colour,
          ratingValue: c.verdict.ratingValue,
        }
      : null,
    rationale: c.rationale,
    sourcingGrade: c.assessment?.overrideGrade ?? c.assessment?.computedGrade ?? null,
  }
}

/** One claim with its whole working record, as the desk sees it. */
export async function loadClaimDetail(db: DbOrTx, claimId: string, role: Role): Promise<ClaimDetail | null> {
  const row = await db.query.claims.findFirst({
    where: eq(claims.id, claimId),
    with: {
      ...claimRelations,
      replyRequests: { orderBy: (r, { asc }) => [asc(r.deadline), asc(r.id)], with: { entity: true } },
      evidence: { orderBy: (e, { asc }) => [asc(e.createdAt), asc(e.id)] },
      notes: { orderBy: (n, { asc }) => [asc(n.createdAt), asc(n.id)] },
      corrections: { orderBy: (c, { asc }) => [asc(c.issuedAt), asc(c.id)] },
    },
  })
  if (!row) return null
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
    allowedActions: allowedActions(row.status, role),
  }
}
