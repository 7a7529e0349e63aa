import type { ClaimInArticle, PublicClaimDetail, PublicClaimSummary } from '@claimtrail/contracts'
import { type DbOrTx, schema } from '@claimtrail/db'
import { and, eq, isNull, or, sql } from 'drizzle-orm'
import { loadClaimsWithRelations } from '../claims/claim-relations.ts'
import { toClaimInArticle } from '../claims/claim-view.ts'
import { explainSourcing } from '../claims/sourcing-input.ts'
import { latestGoodCaptures } from '../evidence/evidence-captures-service.ts'
import { entityRef, toArticleRef, toVerdict } from './public-claims-query.ts'
import { publicClaimsOnly } from './public-filter.ts'

const { claims, ratings } = schema

/** How much of the article text to show either side of a quote. */
const CONTEXT_CHARS = 400

/** Up to `max` characters of `text` before/after a span, cut at a paragraph or a word. */
export function surroundingText(text: string, start: number, end: number, max = CONTEXT_CHARS) {
  let from = Math.max(0, start - max)
  const paragraph = text.lastIndexOf('\n\n', start)
  if (paragraph >= from) from = paragraph + 2
  else if (from > 0) from = text.indexOf(' ', from) + 1 || from
  let to = Math.min(text.length, end + max)
  const nextParagraph = text.indexOf('\n\n', end)
  if (nextParagraph !== -1 && nextParagraph <= to) to = nextParagraph
  else if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to
  return { before: text.slice(from, start), after: text.slice(end, to) }
}

/** An entity as the record names it: enough for its public page. */
export interface RecordedEntity {
  id: string
  name: string
  kind: PublicClaimSummary['subjects'][number]['kind']
  aliases: string[]
  wikidataId: string | null
}

/**
 * What readers see of a public claim, frozen at an editor's act
 * (docs/decisions/019-publication-snapshots.md). Addresses are left out (added at read time
 * from PUBLIC_BASE_URL); the changelog and "the same claim elsewhere" are read live, since only
 * editors' acts write them.
 */
export interface PublicationRecord {
  detail: Omit<PublicClaimDetail, 'url' | 'changelog' | 'otherAppearances'>
  /** The claim as the anonymous article view shows it. */
  inArticle: ClaimInArticle
  /** Every entity the record names, as named when it was taken. */
  entities: Record<string, RecordedEntity>
  claimReview: {
    scale: { bestRating: number | null; worstRating: number | null }
    claimant: { name: string; kind: RecordedEntity['kind']; wikidataId: string | null } | null
    /** When the last correction was issued (ClaimReview dateModified). */
    modifiedAt: string | null
  }
  /** When the article version quoted was taken (Web Annotation TimeState.sourceDate). */
  sourceDate: string
}

const recordEntity = (e: RecordedEntity): RecordedEntity => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  aliases: e.aliases,
  wikidataId: e.wikidataId,
})

/** The highest and lowest ratingValue of a scale's ratings in use (schema.org best/worstRating). */
async function scaleBounds(db: DbOrTx, ratingId: string) {
  const [bounds] = await db
    .select({
      best: sql<number | null>`max(${ratings.ratingValue})`.mapWith(Number),
      worst: sql<number | null>`min(${ratings.ratingValue})`.mapWith(Number),
    })
    .from(ratings)
    .where(
      and(
        sql`${ratings.scaleId} = (select ${ratings.scaleId} from ${ratings} where ${ratings.id} = ${ratingId})`,
        or(isNull(ratings.retiredAt), eq(ratings.id, ratingId)),
      ),
    )
  const valid = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : null)
  return { bestRating: valid(bounds?.best), worstRating: valid(bounds?.worst) }
}

/** The record of a public claim as its working rows read now (inside the editor's transaction). */
export async function buildPublicationRecord(db: DbOrTx, claimId: string): Promise<PublicationRecord | null> {
  const c = await db.query.claims.findFirst({
    where: and(eq(claims.id, claimId), publicClaimsOnly()),
    with: {
      claimant: true,
      verdict: true,
      article: { with: { outlet: true } },
      articleVersion: true,
      assessment: { with: { sourceRatings: { with: { entity: true } } } },
      subjects: { with: { entity: true } },
      chains: {
        orderBy: (c, { asc }) => [asc(c.position)],
        with: { hops: { orderBy: (h, { asc }) => [asc(h.position)], with: { entity: true } } },
      },
      responses: {
        orderBy: (r, { asc, sql }) => [sql`${r.wordsStart} asc nulls last`, asc(r.createdAt), asc(r.id)],
        with: { entity: true },
      },
      evidence: { orderBy: (e, { asc }) => [asc(e.createdAt), asc(e.id)] },
      corrections: { orderBy: (c, { asc }) => [asc(c.issuedAt), asc(c.id)] },
    },
  })
  if (!c?.verdict || !c.publishedAt) return null
  const [withRelations] = await loadClaimsWithRelations(db, eq(claims.id, claimId))
  if (!withRelations) return null
  const captures = await latestGoodCaptures(
    db,
    c.evidence.map((e) => e.id),
  )

  const entities: Record<string, RecordedEntity> = {}
  const note = (e: RecordedEntity | null | undefined) => {
    if (e) entities[e.id] = recordEntity(e)
  }
  note(c.claimant)
  note(c.article.outlet)
  for (const s of c.subjects) note(s.entity)
  for (const chain of c.chains) for (const h of chain.hops) note(h.entity)
  for (const r of c.responses) note(r.entity)
  for (const r of c.assessment?.sourceRatings ?? []) note(r.entity)

  const body = c.articleVersion.body
  const chains = c.chains.map((chain) => ({
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
  }))
  const explanation = explainSourcing({
    hedges: c.hedges,
    chains,
    responses: c.responses.map((r) => ({
      entity: entityRef(r.entity),
      stance: r.stance,
      addressesPart: r.addressesPart,
    })),
    evidence: c.evidence,
  })
  const assessment = c.assessment
  const grade = assessment?.overrideGrade ?? explanation.computedGrade
  return {
    detail: {
      id: c.id,
      status: c.status as PublicClaimDetail['status'],
      kind: c.kind,
      headline: c.headline,
      statement: c.statement,
      claimant: c.claimant ? entityRef(c.claimant) : null,
      subjects: c.subjects.map((s) => entityRef(s.entity)),
      verdict: toVerdict(c.verdict),
      sourcingGrade: grade,
      article: { ...toArticleRef(c.article), byline: c.article.byline, language: c.article.language },
      publishedAt: c.publishedAt.toISOString(),
      hedges: c.hedges,
      quote: {
        exact: c.anchorExact,
        prefix: c.anchorPrefix,
        suffix: c.anchorSuffix,
        start: c.anchorStart,
        end: c.anchorEnd,
        articleVersionId: c.articleVersionId,
        versionNumber: c.articleVersion.number,
        ...surroundingText(body, c.anchorStart, c.anchorEnd),
      },
      articleEdited: null,
      chains,
      responses: c.responses.map((r) => ({
        id: r.id,
        entity: entityRef(r.entity),
        stance: r.stance,
        words: r.words,
        addressesPart: r.addressesPart,
        channel: r.channel,
        respondedOn: r.respondedOn,
      })),
      evidence: c.evidence.map((e) => ({
        id: e.id,
        relation: e.relation,
        url: e.url,
        title: e.title,
        note: e.note,
        capture: captures.get(e.id) ?? null,
      })),
      rationale: c.rationale,
      sourcing: {
        grade,
        computedGrade: explanation.computedGrade,
        baseGrade: explanation.baseGrade,
        overrideReason: assessment?.overrideGrade ? assessment.overrideReason : null,
        reasons: explanation.reasons,
        sharedOrigins: explanation.sharedOrigins,
        informationCredibility: assessment?.informationCredibility ?? null,
        sourceReliability: (assessment?.sourceRatings ?? []).map((r) => ({
          entity: entityRef(r.entity),
          reliability: r.reliability,
        })),
      },
    },
    inArticle: toClaimInArticle(withRelations),
    entities,
    claimReview: {
      scale: await scaleBounds(db, c.verdict.id),
      claimant: c.claimant
        ? { name: c.claimant.name, kind: c.claimant.kind, wikidataId: c.claimant.wikidataId }
        : null,
      modifiedAt: c.corrections.at(-1)?.issuedAt.toISOString() ?? null,
    },
    sourceDate: c.articleVersion.importedAt.toISOString(),
  }
}

/** The ledger row of a record (its summary), addresses added. */
export function summaryOf(record: PublicationRecord, url: string): PublicClaimSummary {
  const d = record.detail
  return {
    id: d.id,
    url,
    status: d.status,
    kind: d.kind,
    headline: d.headline,
    statement: d.statement,
    claimant: d.claimant,
    subjects: d.subjects,
    verdict: d.verdict,
    sourcingGrade: d.sourcingGrade,
    article: {
      id: d.article.id,
      title: d.article.title,
      url: d.article.url,
      outlet: d.article.outlet,
      publishedOn: d.article.publishedOn,
    },
    publishedAt: d.publishedAt,
  }
}

/** The columns of published_claims a record fills (filters and search read them). */
export function publicationColumns(record: PublicationRecord) {
  const d = record.detail
  const by = [d.claimant?.id, d.article.outlet?.id].filter((id): id is string => !!id)
  return {
    status: d.status,
    publishedAt: new Date(d.publishedAt),
    articleId: d.article.id,
    articleVersionId: d.quote.articleVersionId,
    outletId: d.article.outlet?.id ?? null,
    headline: d.headline,
    statement: d.statement,
    quote: d.quote.exact,
    rationale: d.rationale,
    verdictLabel: d.verdict.label,
    grade: d.sourcingGrade,
    subjectIds: d.subjects.map((s) => s.id),
    byIds: [...new Set(by)],
    mentionIds: Object.keys(record.entities),
    record,
  }
}
